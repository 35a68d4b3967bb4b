import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../src/knowledge/types.js';
import { decodeCacheStrings, encodeCacheStrings, LazyCacheStrings } from '../../src/search/cache-strings.js';
import { CachedTermPostings } from '../../src/search/cached-term-postings.js';
import { combineShards, encodeCacheShard } from '../../src/search/encode-cache-shard.js';
import { restoreSectionIndex } from '../../src/search/restore-cached-index.js';
import type { SectionIndex } from '../../src/search/section-index.js';
import { buildReference, config, plainSections, QUESTIONS, searchOutcome, synonyms } from './index-cache-harness.js';

let sections: Section[];
let reference: SectionIndex;

beforeAll(() => {
  ({ sections, index: reference } = buildReference());
});

/** Shards of consecutive sections, cut at the given section numbers. */
function shardsCutAt(cuts: number[]) {
  const bounds = [0, ...cuts, sections.length];
  return bounds.slice(1).map((end, i) => encodeCacheShard(sections.slice(bounds[i], end), config));
}

describe('restoreSectionIndex', () => {
  describe.each([
    ['one shard', [] as number[]],
    ['three shards', [7, 40]],
  ])('from %s', (_name, cuts) => {
    let restored: SectionIndex;
    beforeAll(() => {
      restored = restoreSectionIndex(combineShards(shardsCutAt(cuts)), config, synonyms);
    });

    it('gives back the sections with their ids', () => {
      expect(plainSections(restored.sections)).toEqual(sections);
    });

    it('gives back sections that serialise as the parsed ones do', () => {
      expect(JSON.parse(JSON.stringify(restored.sections))).toEqual(sections);
    });

    it('gives back the document frequencies and priors', () => {
      expect(restored.documentFrequency).toEqual(reference.documentFrequency);
      expect(restored.priors).toEqual(reference.priors);
    });

    it('gives back the acronyms the knowledge defines, and the synonyms they add', () => {
      expect(restored.acronyms.map((acronym) => acronym.acronym)).toContain('SLO');
      expect(restored.acronyms).toEqual(reference.acronyms);
      expect(restored.synonyms).toEqual(reference.synonyms);
    });

    it('restores the postings, lengths and vocabulary that MiniSearch.add builds', () => {
      // toJSON walks every term, field and posting, so this compares the whole structure.
      expect(JSON.stringify(restored.minisearch)).toBe(JSON.stringify(reference.minisearch));
    });

    it('ranks every question exactly as the index built by buildSectionIndex', () => {
      for (const question of QUESTIONS) expect(searchOutcome(restored, question), question).toEqual(searchOutcome(reference, question));
    });
  });

  it('ranks every single term of the vocabulary, and a misspelling of it, as the reference does', () => {
    const restored = restoreSectionIndex(combineShards(shardsCutAt([20])), config, synonyms);
    const terms = [...reference.documentFrequency.keys()].filter((_term, i) => i % 7 === 0);
    expect(terms.length).toBeGreaterThan(100);
    for (const term of terms) {
      const misspelt = `${term}x`;
      expect(searchOutcome(restored, term), term).toEqual(searchOutcome(reference, term));
      expect(searchOutcome(restored, misspelt), misspelt).toEqual(searchOutcome(reference, misspelt));
    }
  });

  it('restores an empty knowledge base', () => {
    const restored = restoreSectionIndex(combineShards([encodeCacheShard([], config)]), config, synonyms);
    expect(restored.sections).toEqual([]);
    expect(restored.minisearch.documentCount).toBe(0);
    expect(restored.minisearch.search('anything')).toEqual([]);
  });
});

describe('encodeCacheStrings', () => {
  it('round-trips any well-formed text, empty strings included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (strings) => {
        expect(decodeCacheStrings(encodeCacheStrings(strings))).toEqual(strings);
      }),
    );
  });

  it('round-trips strings read one at a time, in any order, and refuses one past the end', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (strings) => {
        const lazy = new LazyCacheStrings(encodeCacheStrings(strings));
        const order = strings.map((_value, i) => i).reverse();
        expect(order.map((i) => lazy.at(i)).reverse()).toEqual(strings);
        expect(() => lazy.at(strings.length)).toThrow(RangeError);
      }),
    );
  });
});

describe('CachedTermPostings', () => {
  // Term 0 of a shard: two fields; field 2 holds sections 0 and 3 (frequencies 1 and 2), field 0 holds section 3.
  const postings = Uint32Array.from([2, 2, 2, 0, 3, 1, 2, 0, 1, 3, 1]);

  it('reads like the Map it decodes to, whichever method is called first', () => {
    const expected = new Map([
      [2, new Map([[10, 1], [13, 2]])],
      [0, new Map([[13, 1]])],
    ]);
    const fresh = () => {
      const map = new CachedTermPostings();
      map.addPart({ postings, start: 0, firstId: 10 });
      return map;
    };
    expect(fresh().size).toBe(2);
    expect(fresh().get(2)).toEqual(expected.get(2));
    expect(fresh().has(0)).toBe(true);
    expect([...fresh()]).toEqual([...expected]);
    expect([...fresh().keys()]).toEqual([2, 0]);
    expect([...fresh().values()]).toEqual([...expected.values()]);
    expect([...fresh().entries()]).toEqual([...expected.entries()]);
    const visited: number[] = [];
    fresh().forEach((_value, key) => visited.push(key));
    expect(visited).toEqual([2, 0]);
  });

  it('merges the parts of several shards in order', () => {
    const map = new CachedTermPostings();
    map.addPart({ postings, start: 0, firstId: 0 });
    map.addPart({ postings: Uint32Array.from([1, 2, 1, 1, 5]), start: 0, firstId: 100 });
    expect(map.get(2)).toEqual(new Map([[0, 1], [3, 2], [101, 5]]));
    expect([...map.keys()]).toEqual([2, 0]);
  });

  it('refuses a part once it has been read', () => {
    const map = new CachedTermPostings();
    map.addPart({ postings, start: 0, firstId: 0 });
    void map.size;
    expect(() => map.addPart({ postings, start: 0, firstId: 0 })).toThrow('Onboard: cannot add cached postings after they were read');
  });
});
