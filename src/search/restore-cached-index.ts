import MiniSearch from 'minisearch';
import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';
import { decodeCacheSections } from './cache-sections.js';
import { decodeCacheStrings } from './cache-strings.js';
import { CachedTermPostings } from './cached-term-postings.js';
import type { IndexShard } from './index-cache.js';
import { rememberCachedLayout } from './cached-index-layout.js';
import { minisearchOptions, type IndexedDocument, type SectionIndex } from './section-index.js';
import type { SynonymGroups } from './synonyms.js';

/** Turns cached shards back into the `SectionIndex` that `buildSectionIndex` makes of the same sections. */
export function restoreSectionIndex(shards: readonly IndexShard[], config: KnowledgeConfig, synonyms: SynonymGroups): SectionIndex {
  const sections: Section[] = [];
  for (const shard of shards) decodeCacheSections(shard, sections);
  const priors = new Float32Array(sections.length);
  for (const [shard, firstId] of withFirstIds(shards)) priors.set(shard.priors, firstId);
  return { sections, ...restoreMiniSearch(shards), priors, config, synonyms };
}

/** The private fields of MiniSearch 7 that `add` fills, written here directly. */
interface MiniSearchInternals {
  _index: { set(term: string, data: Map<number, Map<number, number>>): unknown; size: number };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

function restoreMiniSearch(shards: readonly IndexShard[]): Pick<SectionIndex, 'minisearch' | 'documentFrequency'> {
  const options = minisearchOptions();
  const minisearch = new MiniSearch<IndexedDocument>(options);
  const internals = internalsOf(minisearch);
  const fieldCount = options.fields.length;
  let id = 0;
  for (const shard of shards) {
    if (shard.fieldLengths.length !== shard.priors.length * fieldCount) throw new Error(`expected ${fieldCount} field lengths per section`);
    for (let position = 0; position < shard.priors.length; position++, id++) {
      // Short ids equal section ids because `buildSectionIndex` adds the sections in id order.
      internals._documentIds.set(id, id);
      internals._idToShortId.set(id, id);
      const lengths = Array.from(shard.fieldLengths.subarray(position * fieldCount, (position + 1) * fieldCount));
      internals._fieldLength.set(id, lengths);
      // MiniSearch's running average, in the same order, so that BM25 scores come out bit for bit the same.
      lengths.forEach((length, field) => {
        internals._avgFieldLength[field] = ((internals._avgFieldLength[field] || 0) * id + length) / (id + 1);
      });
    }
  }
  internals._documentCount = id;
  internals._nextId = id;
  const fieldLengths = new Float64Array(id * fieldCount);
  for (const [shard, firstId] of withFirstIds(shards)) fieldLengths.set(shard.fieldLengths, firstId * fieldCount);
  rememberCachedLayout(minisearch, fieldLengths);

  const byTerm = new Map<string, CachedTermPostings>();
  const documentFrequency = new Map<string, number>();
  for (const [shard, firstId] of withFirstIds(shards)) {
    // A view into the cache file would keep the whole file in memory; the postings alone are a fraction.
    const postings = shard.postings.byteLength < shard.postings.buffer.byteLength ? shard.postings.slice() : shard.postings;
    decodeCacheStrings(shard.terms).forEach((term, t) => {
      const start = shard.termStarts[t]!;
      if (postings[start]! > 0) {
        let termPostings = byTerm.get(term);
        if (!termPostings) {
          termPostings = new CachedTermPostings();
          byTerm.set(term, termPostings);
          // Terms go in in the order `add` would first meet them, which gives the radix tree the same shape.
          internals._index.set(term, termPostings);
        }
        termPostings.addPart({ postings, start, firstId });
      }
      const count = shard.documentFrequency[t]!;
      if (count > 0) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + count);
    });
  }
  return { minisearch, documentFrequency };
}

function* withFirstIds(shards: readonly IndexShard[]): Generator<[IndexShard, number]> {
  let firstId = 0;
  for (const shard of shards) {
    yield [shard, firstId];
    firstId += shard.priors.length;
  }
}

/** Checks a fresh instance has the fields this module writes, so a MiniSearch upgrade that moves them fails loudly. */
function internalsOf(minisearch: MiniSearch<IndexedDocument>): MiniSearchInternals {
  const internals = minisearch as unknown as Partial<MiniSearchInternals>;
  const fresh =
    typeof internals._index?.set === 'function' &&
    internals._index.size === 0 &&
    internals._documentCount === 0 &&
    internals._nextId === 0 &&
    internals._documentIds instanceof Map &&
    internals._idToShortId instanceof Map &&
    internals._fieldLength instanceof Map &&
    Array.isArray(internals._avgFieldLength);
  if (!fresh) throw new Error('Onboard: this MiniSearch version keeps its index differently; update src/search/restore-cached-index.ts');
  return internals as MiniSearchInternals;
}
