import { describe, expect, it } from 'vitest';
import { cutMarkdown } from '../../../src/slack/format/cut-markdown.js';
import { toMrkdwn } from '../../../src/slack/format/to-mrkdwn.js';

const items = Array.from({ length: 50 }, (_, i) => `- Item ${i + 1}: follow the [checklist](https://x.com/${i + 1}) step.`).join('\n');

describe('cutMarkdown', () => {
  it('returns short markdown unchanged', () => {
    expect(cutMarkdown('Short answer.', 100)).toEqual({ markdown: 'Short answer.', cut: false });
  });

  it('cuts at a list-item boundary', () => {
    const { markdown, cut } = cutMarkdown(items, 500);
    expect(cut).toBe(true);
    expect(toMrkdwn(markdown).length).toBeLessThanOrEqual(500);
    expect(markdown.split('\n').every((line) => /^- Item \d+: follow the \[checklist\]\(https:\/\/x\.com\/\d+\) step\.$/.test(line))).toBe(true);
  });

  it('cuts a long paragraph at a sentence boundary', () => {
    const paragraph = 'Acknowledge pages promptly. If you do not acknowledge within 10 minutes, someone else will get paged. Then identify the issue.';
    expect(cutMarkdown(paragraph, 110)).toEqual({
      markdown: 'Acknowledge pages promptly. If you do not acknowledge within 10 minutes, someone else will get paged.',
      cut: true,
    });
  });

  it('does not add half of a list item after whole lines', () => {
    expect(cutMarkdown('Intro line.\n- First item is long enough. It has two sentences.', 40)).toEqual({ markdown: 'Intro line.', cut: true });
  });

  it('falls back to a word boundary with an ellipsis when no sentence fits', () => {
    expect(cutMarkdown('one two three four five six seven eight nine ten', 20)).toEqual({ markdown: 'one two three four…', cut: true });
  });

  it('never cuts inside a link', () => {
    const { markdown } = cutMarkdown('See [the very long guide. With a sentence inside](https://x.com/guide) for more. And then more text here.', 90);
    expect(markdown).toBe('See [the very long guide. With a sentence inside](https://x.com/guide) for more.');
  });

  it('cuts text without spaces at a character boundary, keeping surrogate pairs whole', () => {
    const { markdown } = cutMarkdown('😀'.repeat(100), 21);
    expect(markdown).toBe(`${'😀'.repeat(10)}…`);
  });

  it('cuts Japanese text after a full stop', () => {
    expect(cutMarkdown('情報が散らばらないようにします。ハンドブックを最初に更新します。', 20)).toEqual({
      markdown: '情報が散らばらないようにします。',
      cut: true,
    });
  });
});
