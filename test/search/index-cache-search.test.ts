import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { combineShards, encodeCacheShard } from '../../src/search/encode-cache-shard.js';
import { restoreSectionIndex } from '../../src/search/restore-cached-index.js';
import { searchCachedIndex, termPostingRuns, textTermsLookup, type CachedSearchOptions } from '../../src/search/search-cached-index.js';
import type { Section } from '../../src/knowledge/types.js';
import { toPlainText } from '../../src/knowledge/render-inline.js';
import { textTerms } from '../../src/search/normalize-term.js';
import { minisearchOptions, prepareSection, type IndexedDocument, type SectionIndex } from '../../src/search/section-index.js';
import { buildReference, config, synonyms } from './index-cache-harness.js';

let reference: SectionIndex;
let cached: SectionIndex;
let vocabulary: string[];

beforeAll(() => {
  const built = buildReference();
  reference = built.index;
  const { sections } = built;
  cached = restoreSectionIndex(combineShards([encodeCacheShard(sections.slice(0, 30), config), encodeCacheShard(sections.slice(30), config)]), config, synonyms);
  vocabulary = [...reference.documentFrequency.keys()];
});

/**
 * What MiniSearch's own search returns for the same query, cut and shaped like searchCachedIndex's results,
 * its `boostDocument` reading the same boosts by id.
 */
function minisearchResults(index: SectionIndex, query: string, { limit, documentBoosts, ...options }: CachedSearchOptions) {
  const searchOptions = { ...options, boostDocument: (id: unknown) => documentBoosts[id as number]! };
  return index.minisearch.search(query, searchOptions).slice(0, limit).map(({ id, score, queryTerms }) => ({ id, score, queryTerms }));
}

/** A boost of 1 for every section. */
const ones = (index: SectionIndex) => new Float64Array(index.sections.length).fill(1);

/** Queries of vocabulary terms, sometimes misspelt or cut short, some repeated, with any mix of the supported options. */
const queries = () =>
  fc.record({
    terms: fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('exact', 'typo', 'stem', 'unknown')).map(([at, kind]) => {
        const term = vocabulary[at % vocabulary.length]!;
        if (kind === 'typo') return `${term.slice(0, -1)}q${term.slice(-1)}`;
        if (kind === 'stem') return term.slice(0, Math.max(2, term.length - 2));
        return kind === 'unknown' ? `zz${term}` : term;
      }),
      { minLength: 1, maxLength: 8 },
    ),
    fuzzy: fc.constantFrom<CachedSearchOptions['fuzzy']>(undefined, false, true, 0.3, 1, 2, (term: string) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false)),
    prefix: fc.constantFrom<CachedSearchOptions['prefix']>(undefined, false, true, (term: string) => term.length >= 5),
    boost: fc.constantFrom<CachedSearchOptions['boost']>(undefined, { title: 2, headings: 2.5, text: 1 }, { text: 3 }),
    termBoosts: fc.boolean(),
    documentBoosts: fc.constantFrom('ones', 'priors', 'priors, a fifth outside one source', 'some zero'),
    limit: fc.constantFrom(1, 5, 300),
  });

function optionsOf(index: SectionIndex, generated: { fuzzy: CachedSearchOptions['fuzzy']; prefix: CachedSearchOptions['prefix']; boost: CachedSearchOptions['boost']; termBoosts: boolean; documentBoosts: string; limit: number }): CachedSearchOptions {
  // As search-sections.ts makes them: the priors, times 0.2 outside the sources a question names.
  const boostOf = ({ id, source }: Section): number => {
    if (generated.documentBoosts === 'ones') return 1;
    if (generated.documentBoosts === 'priors') return index.priors[id]!;
    if (generated.documentBoosts === 'some zero') return id % 4 === 0 ? 0 : 1.5;
    return index.priors[id]! * (source === index.sections[0]!.source ? 1 : 0.2);
  };
  const options: CachedSearchOptions = {
    fuzzy: generated.fuzzy,
    prefix: generated.prefix,
    boost: generated.boost,
    boostTerm: generated.termBoosts ? (term, i) => 1 + (term.length % 3) / (i + 1) : undefined,
    documentBoosts: Float64Array.from(index.sections, boostOf),
    combineWith: 'OR',
    limit: generated.limit,
  };
  // An option given as undefined replaces MiniSearch's default with undefined (and `boost: undefined` throws there).
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as CachedSearchOptions;
}

describe('searchCachedIndex', () => {
  it.each([
    ['a cached index, straight from the arrays', () => cached],
    ['an index built with MiniSearch.add', () => reference],
  ])('returns what MiniSearch returns, scores and ties included, on %s', (_name, indexOf) => {
    const index = indexOf();
    fc.assert(
      fc.property(queries(), (generated) => {
        const query = generated.terms.join(' ');
        const options = optionsOf(index, generated);
        expect(searchCachedIndex(index, query, options)).toEqual(minisearchResults(index, query, options));
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same after MiniSearch has decoded the cached postings into Maps', () => {
    const index = restoreSectionIndex(combineShards([encodeCacheShard(reference.sections, config)]), config, synonyms);
    const options: CachedSearchOptions = { fuzzy: 0.2, prefix: true, documentBoosts: ones(index), limit: 50 };
    const before = searchCachedIndex(index, 'review merge request', options);
    index.minisearch.search('review merge request', options);
    expect(searchCachedIndex(index, 'review merge request', options)).toEqual(before);
    expect(before).toEqual(minisearchResults(reference, 'review merge request', options));
  });

  it('counts the distinct terms a document matched past 32 of them (more than one word of bits)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(vocabulary, { minLength: 33, maxLength: 70 }), fc.boolean(), (terms, repeat) => {
        const query = (repeat ? [...terms, ...terms.slice(0, 5)] : terms).join(' ');
        const options: CachedSearchOptions = { prefix: true, documentBoosts: Float64Array.from(cached.priors), limit: 40 };
        const results = searchCachedIndex(cached, query, options);
        expect(results).toEqual(minisearchResults(cached, query, options));
        expect(results.some((result) => result.queryTerms.length > 1)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses an index whose ids are not its short ids, since it reads boosts and returns ids by short id', () => {
    const minisearch = new MiniSearch<IndexedDocument>(minisearchOptions());
    minisearch.addAll(reference.sections.map((section) => ({ ...prepareSection(section, config).document, id: 1000 + section.id })));
    const shifted: SectionIndex = { ...reference, minisearch };
    expect(() => searchCachedIndex(shifted, 'review', { documentBoosts: ones(reference), limit: 5 })).toThrow(
      'Onboard: a cached search needs documents added in id order from 0 (id 1000 has short id 0)',
    );
  });

  it('keeps the earlier document first among equal scores, as MiniSearch does', () => {
    const options: CachedSearchOptions = { documentBoosts: ones(cached), limit: 1000 };
    const results = searchCachedIndex(cached, 'review', options);
    const ties = results.filter((result, i) => results[i + 1]?.score === result.score);
    expect(ties.length).toBeGreaterThan(0);
    expect(results).toEqual(minisearchResults(cached, 'review', options));
  });

  it('gives a search started inside another search\'s callback its own work arrays', () => {
    const documentBoosts = Float64Array.from(cached.priors);
    const inner: unknown[] = [];
    // Called for each query term before its postings are scored: the second call comes after the first term's.
    const boostTerm = (_term: string, i: number) => {
      if (i === 1 && inner.length === 0) inner.push(searchCachedIndex(cached, 'on call', { documentBoosts, limit: 5 }));
      return 1;
    };
    const outer = searchCachedIndex(cached, 'merge request review', { boostTerm, documentBoosts, limit: 20 });
    expect(outer).toEqual(minisearchResults(cached, 'merge request review', { documentBoosts, limit: 20 }));
    expect(inner).toEqual([minisearchResults(cached, 'on call', { documentBoosts, limit: 5 })]);
  });

  it('answers correctly after a search whose callback threw', () => {
    const documentBoosts = Float64Array.from(cached.priors);
    const failing = (_term: string, i: number) => {
      if (i === 1) throw new Error('boost failed');
      return 1;
    };
    expect(() => searchCachedIndex(cached, 'merge request review', { boostTerm: failing, documentBoosts, limit: 5 })).toThrow('boost failed');
    expect(searchCachedIndex(cached, 'merge request review', { documentBoosts, limit: 5 })).toEqual(minisearchResults(cached, 'merge request review', { documentBoosts, limit: 5 }));
  });

  it.each([
    ['an AND search', { combineWith: 'AND' as 'OR' }],
    ['a boostDocument callback', { boostDocument: () => 1 }],
  ])('refuses options it cannot reproduce: %s', (_name, unsupported) => {
    expect(() => searchCachedIndex(cached, 'review', { documentBoosts: ones(cached), limit: 5, ...unsupported })).toThrow(
      "Onboard: searchCachedIndex reproduces MiniSearch's OR search without a filter or boostDocument (given documentBoosts) only",
    );
  });
});

describe('termPostingRuns', () => {
  /** Per section id, in how many fields it has the term, from the runs. */
  const fieldsPerSection = (index: SectionIndex, term: string) => {
    const counts = new Map<number, number>();
    for (const { postings, at, count, firstId } of termPostingRuns(index, term)) for (let j = at; j < at + count; j++) counts.set(firstId + postings[j]!, (counts.get(firstId + postings[j]!) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a - b);
  };

  it("reads the sections that have a term, field by field, from the cache as from MiniSearch's Maps", () => {
    fc.assert(
      fc.property(fc.nat(), (at) => {
        const term = vocabulary[at % vocabulary.length]!;
        const runs = fieldsPerSection(cached, term);
        expect(runs).toEqual(fieldsPerSection(reference, term));
        expect(runs.length).toBe(reference.documentFrequency.get(term));
      }),
    );
  });

  it('has no runs for a term the index lacks, and none for a prefix of a term', () => {
    expect(termPostingRuns(cached, 'zzzunknown')).toEqual([]);
    const long = vocabulary.find((term) => term.length > 6 && !reference.documentFrequency.has(term.slice(0, 4)))!;
    expect(termPostingRuns(cached, long.slice(0, 4))).toEqual([]);
  });
});

describe('textTermsLookup', () => {
  it("says which of the terms each section's text holds, as tokenizing its text again would, from the cache as from MiniSearch's Maps", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (picks) => {
        const terms = new Set([...picks.map((at) => vocabulary[at % vocabulary.length]!), 'zzzunknown']);
        const fromCache = textTermsLookup(cached, terms);
        const fromMaps = textTermsLookup(reference, terms);
        for (const section of reference.sections) {
          const expected = new Set(textTerms(toPlainText(section.text)).filter((term) => terms.has(term)));
          expect(fromCache(section.id)).toEqual(expected);
          expect(fromMaps(section.id)).toEqual(expected);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('does not count a term found only in the title or headings', () => {
    const section = reference.sections.find((candidate) => textTerms(candidate.headings.slice(1).join(' ')).some((term) => !textTerms(toPlainText(candidate.text)).includes(term)))!;
    const headingOnly = textTerms(section.headings.slice(1).join(' ')).find((term) => !textTerms(toPlainText(section.text)).includes(term))!;
    expect(textTermsLookup(cached, [headingOnly])(section.id)).toEqual(new Set());
  });
});
