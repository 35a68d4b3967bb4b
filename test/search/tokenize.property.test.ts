import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/tokenize.js';
import { anyUtf16, hostileBody, hostileQuestion } from '../fixtures/hostile/hostile-markdown.js';

const anyText = fc.oneof(anyUtf16, hostileBody, hostileQuestion);

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
