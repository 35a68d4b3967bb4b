import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/tokenize.js';
import { anyUtf16, hostileBody, hostileQuestion } from '../fixtures/hostile/hostile-markdown.js';

const anyText = fc.oneof(anyUtf16, hostileBody, hostileQuestion);
/** Scripts whose lower-casing or word breaking is special: Greek final sigma, dotted I, Kelvin sign, CJK, emoji, combining marks. */
const mixedText = fc
  .array(fc.constantFrom('ΟΔΟΣ', 'Σ', "ΑΣ'Α", 'İstanbul', 'K', 'ハンドブック', 'の', '提案される', '한국어', 'Merge', 'MR', '42', 'e\u0301', '😀', ' ', '\t', '.', "'", '-', '’'), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** The tokenizer as first written: a match object per word and a CJK test on each. */
function tokenizeWordByWord(text: string, keepCase = false): string[] {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  const tokens: string[] = [];
  for (const [word] of (keepCase ? text : text.toLowerCase()).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/.test(word)) tokens.push(word);
    else for (const segment of segmenter.segment(word)) if (segment.isWordLike) tokens.push(segment.segment);
  }
  return tokens;
}

/** Tokens are pieces of the text, in order: each is found after the end of the one before. */
function expectInOrder(tokens: string[], text: string): void {
  let from = 0;
  const missing: string[] = [];
  for (const token of tokens) {
    const at = text.indexOf(token, from);
    if (at === -1) missing.push(`"${token}" after offset ${from}`);
    else from = at + token.length;
  }
  expect(missing).toEqual([]);
}

describe('tokenize on arbitrary text', () => {
  it('splits exactly as testing each word for CJK does, with or without case', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mixedText), fc.boolean(), (text, keepCase) => {
        expect(tokenize(text, { keepCase })).toEqual(tokenizeWordByWord(text, keepCase));
      }),
      { numRuns: 500 },
    );
  });

  it('returns lower-case runs of letters and digits, in the order the lower-cased text has them', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        expect(tokens.filter((token) => !/^[\p{L}\p{N}]+$/u.test(token) || token !== token.toLowerCase())).toEqual([]);
        expectInOrder(tokens, text.toLowerCase());
      }),
      { numRuns: 200 },
    );
  });

  it('keeps case when asked, tokens in the order the text has them', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectInOrder(tokenize(text, { keepCase: true }), text);
      }),
      { numRuns: 200 },
    );
  });
});
