import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTerms } from '../../src/search/normalize-term.js';
import { TermIds } from '../../src/search/term-ids.js';
import { tokenize } from '../../src/search/tokenize.js';
import { anyUtf16, hostileBody } from '../fixtures/hostile/hostile-markdown.js';

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
      fc.property(fc.array(fc.oneof(prose, hostileBody, anyUtf16), { minLength: 1, maxLength: 8 }), (texts) => {
        const ids = new TermIds();
        for (const text of texts) expect(ids.idsOf(text).map((id) => ids.terms[id])).toEqual(normalizeTerms(tokenize(text)));
        expect(new Set(ids.terms).size).toBe(ids.terms.length);
      }),
      { numRuns: 300 },
    );
  });
});
