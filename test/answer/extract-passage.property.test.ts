import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/knowledge/render-inline.js';
import { extractPassage, PASSAGE_CHARS } from '../../src/answer/extract-passage.js';

/** Words as section text has them: plain, bold, linked, non-Latin, emoji (two UTF-16 units each). */
const WORDS = ['merge', 'request', 'review', 'maintainer', 'PTO', 'on-call', '**bold**', '[link](https://x.com/a)', '`code`', '休暇', 'עברית', '😀', '👩‍💻'];
const NEEDLES = ['merg', 'review', 'maintain', 'pto'];

const word = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{1,12}$/) });
const sentence = fc
  .tuple(fc.constantFrom('', 'The', 'We', '1', '"Quoted'), fc.array(word, { minLength: 1, maxLength: 40 }), fc.constantFrom('.', '!', '?', ':', '。', ''))
  .map(([first, words, end]) => `${[first, ...words].filter(Boolean).join(' ')}${end}`);
const sentences = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

/** One paragraph, list item or table row a line, single spaces between words: how sections keep text. */
const line = fc.oneof(
  { weight: 3, arbitrary: sentences },
  { weight: 3, arbitrary: sentences.map((text) => `- ${text}`) },
  { weight: 1, arbitrary: sentences.map((text) => `  - ${text}`) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(20), sentences).map(([n, text]) => `${n + 1}. ${text}`) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 2, maxLength: 4 }).map((cells) => cells.join(' | ')) },
);
const sectionText = fc.array(line, { minLength: 1, maxLength: 30 }).map((lines) => lines.join('\n'));
/** Sections whose lists have no lead-in line (one ending in ":") right before them. */
const sectionTextWithoutLeadIns = sectionText.map((text) => text.replace(/:(?=\n|$)/g, '.'));

/** Scores a unit by how many of the chosen index terms it mentions, as the answer's relevance does. */
const relevance = fc.subarray(NEEDLES).map((needles) => (terms: ReadonlySet<string>) => needles.filter((needle) => terms.has(needle)).length);
const maxChars = fc.oneof(fc.constant(PASSAGE_CHARS), fc.integer({ min: 40, max: 1_200 }));
/** A second run's room, or none (the default). */
const secondRunChars = fc.option(fc.integer({ min: 40, max: 600 }), { nil: undefined });

const stripEllipses = (quoted: string) => quoted.replace(/^…/, '').replace(/\s?…$/, '');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('extractPassage on arbitrary sections', () => {
  it('quotes only lines found in the section, and something whenever the section has text', () => {
    fc.assert(
      fc.property(sectionText, relevance, maxChars, secondRunChars, (text, score, limit, second) => {
        const passage = extractPassage(text, score, { maxChars: limit, secondRunChars: second });
        expect(passage.trim()).not.toBe('');
        for (const quoted of passage.split('\n').filter((candidate) => candidate.trim())) {
          expect(text.includes(stripEllipses(quoted)), `"${quoted}" is not in the section`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays within maxChars, and secondRunChars, as read (plus their ellipses) when no list has a lead-in line', () => {
    fc.assert(
      fc.property(sectionTextWithoutLeadIns, relevance, maxChars, secondRunChars, (text, score, limit, second = 0) => {
        const passage = extractPassage(text, score, { maxChars: limit, secondRunChars: second });
        const ellipses = second > 0 ? 8 : 3;
        expect(toPlainText(passage).length).toBeLessThanOrEqual(limit + second + ellipses);
        // Link targets are not free: at most three characters of markup per character read.
        expect(passage.length).toBeLessThanOrEqual(3 * (limit + second) + ellipses);
      }),
      { numRuns: 300 },
    );
  });

  // BUG (src/answer/extract-passage.ts): the lead-in check budgets 40 characters for each list item
  // between the lead-in line and the best item, then adds their full lengths. With "Steps to follow:"
  // then four 420-character items and a short relevant fifth item, the "600-character" passage is the
  // whole 1,635-character section. Expected: the items between are only taken if they fit.
  it('stays within maxChars as read (plus its ellipses) when the best list item follows a lead-in line', () => {
    const filler = fc.array(fc.constantFrom('merge', 'request', 'maintainer', 'PTO', '休暇', '😀'), { minLength: 5, maxLength: 90 }).map((words) => `- ${words.join(' ')}.`);
    fc.assert(
      fc.property(sentence, fc.array(filler, { minLength: 1, maxLength: 11 }), maxChars, (leadIn, items, limit) => {
        const text = [`${leadIn.replace(/[.!?:。]?$/, '')}:`, ...items, '- Ask a maintainer for a review.'].join('\n');
        const mentionsReview = (terms: ReadonlySet<string>) => (terms.has('review') ? 1 : 0);
        expect(toPlainText(extractPassage(text, mentionsReview, { maxChars: limit })).length).toBeLessThanOrEqual(limit + 3);
      }),
      { numRuns: 300 },
    );
  });

  // BUG (src/answer/extract-passage.ts `cutAtWord`): a sentence longer than the passage with no space in
  // its last 40% is cut at a UTF-16 index, which can fall between the two halves of an emoji: the
  // passage ends in a lone surrogate and "…" (Slack shows a replacement character).
  // Expected: cut before the pair, never inside it.
  it('never cuts a character in half', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 700 }), fc.integer({ min: 0, max: 1 }), (limit, offset) => {
        const text = `${'x'.repeat(offset)}${'😀'.repeat(limit)}`;
        expect(extractPassage(text, () => 0, { maxChars: limit })).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 100 },
    );
  });
});
