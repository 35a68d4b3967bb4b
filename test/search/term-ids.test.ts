import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTerms } from '../../src/search/normalize-term.js';
import { TermIds } from '../../src/search/term-ids.js';
import { tokenize } from '../../src/search/tokenize.js';
import { anyUtf16, hostileBody } from '../fixtures/hostile/hostile-markdown.js';

/** Scripts whose lower-casing or word breaking is special: Greek final sigma, dotted I, Kelvin sign, CJK, emoji, lone surrogates. */
const mixed = fc
  .array(fc.constantFrom('ΟΔΟΣ', 'Σ', "ΑΣ'Α", 'İstanbul', '\u212a', 'ハンドブック', 'の', '提案される', '한국어', '𠮷野家', 'caféteria', 'Merge', 'MR', '42', 'e\u0301', '😀', '\ud800', '\udc00', '@', 'here', 'Channel', 'everyone', ' ', '\t', '.', "'", '-', '’'), { maxLength: 30 })
  .map((parts) => parts.join(''));
const prose = fc
  .array(fc.constantFrom('Reviews', 'reviewing', 'the', 'MR', 'merge', 'requests', 'a', 'x', '2022', 'ハンドブック', 'の', 'résumé', ' ', ', ', '.\n'), { maxLength: 40 })
  .map((parts) => parts.join(' '));

describe('TermIds', () => {
  it('numbers terms in the order they are first met, the same number for every token of a term', () => {
    const ids = new TermIds();
    expect(ids.idsOf('Reviewing reviews, the MR')).toEqual([0, 0, 1]);
    expect(ids.idsOf('review merge request')).toEqual([0, 2, 3]);
    expect(ids.terms).toEqual(['review', 'mr', 'merg', 'request']);
  });

  it('gives the terms normalizeTerms(tokenize(text)) gives, however many texts it has seen before', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(prose, mixed, hostileBody, anyUtf16), { minLength: 1, maxLength: 8 }), (texts) => {
        const ids = new TermIds();
        for (const text of texts) expect(ids.idsOf(text).map((id) => ids.terms[id])).toEqual(normalizeTerms(tokenize(text)));
        expect(new Set(ids.terms).size).toBe(ids.terms.length);
      }),
      { numRuns: 500 },
    );
  });

  it('reads Slack broadcast mentions as tokenize does', () => {
    const ids = new TermIds();
    const text = 'Avoid @here and @Channel; x@here, @@everyone, 𠮷@here, 😀@everyone and @here2 stay plain.';
    expect(ids.idsOf(text).map((id) => ids.terms[id])).toEqual(normalizeTerms(tokenize(text)));
    expect(ids.terms.filter((term) => term.startsWith('@'))).toEqual(['@here', '@channel', '@everyone']);
  });

  it('keeps finding every word once its table has grown many times over', () => {
    const ids = new TermIds();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
    expect(ids.idsOf(words.join(' ')).map((id) => ids.terms[id])).toEqual(normalizeTerms(words));
    expect(ids.idsOf([...words].reverse().join(' ')).map((id) => ids.terms[id])).toEqual(normalizeTerms([...words].reverse()));
    expect(ids.terms).toHaveLength(new Set(normalizeTerms(words)).size);
  });
});
