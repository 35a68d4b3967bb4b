import { describe, expect, it } from 'vitest';
import { findLiveMentions } from '../../../src/slack/format/find-live-mentions.js';
import { toMrkdwn } from '../../../src/slack/format/to-mrkdwn.js';

describe('toMrkdwn', () => {
  it('converts **bold** to *bold*', () => {
    expect(toMrkdwn('Reviews are **required** before merging.')).toBe('Reviews are *required* before merging.');
  });

  it('converts [text](url) to <url|text>', () => {
    expect(toMrkdwn('Follow the [GitLab Development Kit](https://gitlab.com/gitlab-org/gitlab-development-kit) instructions.')).toBe(
      'Follow the <https://gitlab.com/gitlab-org/gitlab-development-kit|GitLab Development Kit> instructions.',
    );
  });

  it('keeps parentheses inside link URLs', () => {
    expect(toMrkdwn('[Tuple](https://en.wikipedia.org/wiki/Tuple_(disambiguation))')).toBe(
      '<https://en.wikipedia.org/wiki/Tuple_(disambiguation)|Tuple>',
    );
  });

  it('turns - items into • bullets and nested ones into ◦', () => {
    expect(toMrkdwn('- Develop features\n  - from proposal\n* Review code\n+ Write docs')).toBe(
      '• Develop features\n    ◦ from proposal\n• Review code\n• Write docs',
    );
  });

  it('keeps numbered items and normalises 1) to 1.', () => {
    expect(toMrkdwn('1. Know when you are on call\n2) Acknowledge pages promptly')).toBe(
      '1. Know when you are on call\n2. Acknowledge pages promptly',
    );
  });

  it('escapes & < > in the text', () => {
    expect(toMrkdwn('SLO < 2 business days & > 1 hour')).toBe('SLO &lt; 2 business days &amp; &gt; 1 hour');
  });

  it('neutralises mentions in text and link labels', () => {
    const mrkdwn = toMrkdwn('Tell <!channel> <!here> <!everyone> <!subteam^S1|x> <@U123> @here\n- [<!here> docs](https://x.com/)');
    expect(findLiveMentions(mrkdwn)).toEqual([]);
  });

  it('drops links to non-http(s) URLs but keeps their text', () => {
    expect(toMrkdwn('[run me](javascript:alert(1)) or [the values](/handbook/values/)')).toBe('run me or the values');
  });

  it('removes bold markers inside link labels and unpaired ** markers', () => {
    expect(toMrkdwn('[**Handbook**](https://x.com/) and a stray ** marker')).toBe('<https://x.com/|Handbook> and a stray  marker');
  });

  it('keeps bold around a link', () => {
    expect(toMrkdwn('**See [the guide](https://x.com/g)**')).toBe('*See <https://x.com/g|the guide>*');
  });

  it('collapses blank-line runs and trims blank edges', () => {
    expect(toMrkdwn('\n\nFirst paragraph.\n\n\n\nSecond paragraph.\n\n')).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('ignores private-use characters that would collide with link placeholders', () => {
    expect(toMrkdwn('a \uE0000\uE001 b')).toBe('a 0 b');
  });
});
