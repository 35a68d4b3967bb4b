import MiniSearch from 'minisearch';
import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';
import { decodeCacheSections } from './cache-sections.js';
import { decodeCacheStrings } from './cache-strings.js';
import { withAcronyms } from './defined-acronyms.js';
import { CachedTermPostings } from './cached-term-postings.js';
import { LazyMap } from './lazy-map.js';
import type { IndexCache, IndexShard } from './index-cache.js';
import { rememberCachedLayout } from './cached-index-layout.js';
import { minisearchInternals } from './minisearch-internals.js';
import { minisearchOptions, type IndexedDocument, type SectionIndex } from './section-index.js';
import type { SynonymGroups } from './synonyms.js';
import { decodeTermTree, type TermTable } from './term-table.js';

/** Turns cached shards back into the `SectionIndex` that `buildSectionIndex` makes of the same sections. */
export function restoreSectionIndex(
  { shards, terms, acronyms }: Pick<IndexCache, 'shards' | 'terms' | 'acronyms'>,
  config: KnowledgeConfig,
  synonyms: SynonymGroups,
): SectionIndex {
  const sections: Section[] = [];
  for (const shard of shards) decodeCacheSections(shard, sections);
  const priors = new Float32Array(sections.length);
  for (const [shard, firstId] of withFirstIds(shards)) priors.set(shard.priors, firstId);
  const { minisearch, documentFrequency } = restoreMiniSearch(shards, terms);
  return { sections, minisearch, documentFrequency, priors, config, synonyms: withAcronyms(synonyms, acronyms, documentFrequency), acronyms };
}

function restoreMiniSearch(shards: readonly IndexShard[], terms: TermTable): Pick<SectionIndex, 'minisearch' | 'documentFrequency'> {
  const options = minisearchOptions();
  const minisearch = new MiniSearch<IndexedDocument>(options);
  const internals = minisearchInternals(minisearch);
  const fieldCount = options.fields.length;
  for (const shard of shards) {
    if (shard.fieldLengths.length !== shard.priors.length * fieldCount) throw new Error(`expected ${fieldCount} field lengths per section`);
  }
  const count = shards.reduce((sum, shard) => sum + shard.priors.length, 0);
  const fieldLengths = new Float64Array(count * fieldCount);
  for (const [shard, firstId] of withFirstIds(shards)) fieldLengths.set(shard.fieldLengths, firstId * fieldCount);
  const average = internals._avgFieldLength;
  for (let field = 0; field < fieldCount; field++) {
    // MiniSearch's running average, in the same order, so that BM25 scores come out bit for bit the same.
    let sum = 0;
    for (let id = 0; id < count; id++) sum = (sum * id + fieldLengths[id * fieldCount + field]!) / (id + 1);
    average[field] = sum;
  }
  // Short ids equal section ids because `buildSectionIndex` adds the sections in id order. A search
  // from the cache reads none of these Maps (see `rememberCachedLayout`); MiniSearch's own methods do.
  const sameIds = (ids: Map<number, number>) => {
    for (let id = 0; id < count; id++) ids.set(id, id);
  };
  internals._documentIds = new LazyMap(sameIds);
  internals._idToShortId = new LazyMap(sameIds);
  internals._fieldLength = new LazyMap((lengths) => {
    for (let id = 0; id < count; id++) lengths.set(id, Array.from(fieldLengths.subarray(id * fieldCount, (id + 1) * fieldCount)));
  });
  internals._documentCount = count;
  internals._nextId = count;
  rememberCachedLayout(minisearch, fieldLengths);

  const vocabulary = decodeCacheStrings(terms.vocabulary);
  const postingsOf = vocabulary.map(() => new CachedTermPostings());
  let next = 0;
  for (const [shard, firstId] of withFirstIds(shards)) {
    // Read in place: the sections' strings keep the cache file's buffer alive anyway.
    const postings = shard.postings;
    for (let t = 0; t < shard.termStarts.length; t++, next++) {
      const start = shard.termStarts[t]!;
      const termPostings = postingsOf[terms.shardTerms[next]!];
      if (!termPostings) throw new Error(`shard term ${next} is not in the vocabulary`);
      termPostings.addPart({ postings, start, firstId });
    }
  }
  if (next !== terms.shardTerms.length) throw new Error('the vocabulary does not match the shards');
  internals._index._tree = decodeTermTree(terms, postingsOf);
  internals._index._size = undefined;
  const documentFrequency = new Map<string, number>();
  vocabulary.forEach((term, position) => documentFrequency.set(term, terms.documentFrequency[position]!));
  return { minisearch, documentFrequency };
}

function* withFirstIds(shards: readonly IndexShard[]): Generator<[IndexShard, number]> {
  let firstId = 0;
  for (const shard of shards) {
    yield [shard, firstId];
    firstId += shard.priors.length;
  }
}
