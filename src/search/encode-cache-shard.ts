import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';
import { encodeCacheSections } from './cache-sections.js';
import { encodeCacheStrings } from './cache-strings.js';
import { AcronymCounter, definedAcronyms, type AcronymCounts } from './defined-acronyms.js';
import type { IndexCache, IndexShard } from './index-cache.js';
import { sectionFieldTexts } from './index-terms.js';
import { MAX_REPEATS, minisearchOptions } from './section-index.js';
import { pathPrior, textPrior } from './section-prior.js';
import { TermIds } from './term-ids.js';
import { encodeTermTable, type ShardVocabulary } from './term-table.js';

/**
 * A shard as indexed: what the cache file keeps of it, and what the build adds up across shards: its own
 * vocabulary, merged into the term table, and the acronyms its text defines.
 */
export type BuiltShard = IndexShard & ShardVocabulary & { acronyms: AcronymCounts };

/**
 * Indexes sections into a shard: the terms `buildSectionIndex` indexes (the same field texts, tokenizer
 * and normaliser, repeats capped the same way), and the postings `MiniSearch.add` would make of them
 * (its `processTerm` keeps every term as it is). Terms are numbered once and counted in arrays rather
 * than looked up in several Maps and a radix tree per token. Section ids are taken as positions in `sections`.
 */
export function encodeCacheShard(sections: readonly Section[], config: KnowledgeConfig, onProgress?: (indexed: number) => void): BuiltShard {
  const { fields } = minisearchOptions();
  const termIds = new TermIds();
  const postings = new PostingsBuilder(fields.length);
  const priors = new Float32Array(sections.length);
  const fieldLengths = new Uint32Array(sections.length * fields.length);
  const acronyms = new AcronymCounter();
  // A page's sections come together and share their path's prior.
  let priorPath: string | undefined;
  let priorOfPath = 0;
  sections.forEach((section, position) => {
    const texts = sectionFieldTexts(section);
    acronyms.add(texts.text);
    // As in MiniSearch.add: the field length counts distinct terms.
    fields.forEach((field, fieldId) => {
      fieldLengths[position * fields.length + fieldId] = postings.addField(termIds.idsOf(texts[field]), fieldId, position);
    });
    if (section.path !== priorPath) {
      priorPath = section.path;
      priorOfPath = pathPrior(section.path, config);
    }
    priors[position] = textPrior(priorOfPath, section.text);
    if (onProgress && position % 500 === 499) onProgress(position + 1);
  });
  onProgress?.(sections.length);
  return { ...encodeCacheSections(sections), priors, fieldLengths, ...postings.encode(termIds.terms), acronyms: acronyms.counts() };
}

/** The index a cache file holds, of shards built in knowledge order: their vocabularies and acronyms added up. */
export function combineShards(shards: BuiltShard[]): Pick<IndexCache, 'shards' | 'terms' | 'acronyms'> {
  return { shards, terms: encodeTermTable(shards), acronyms: definedAcronyms(shards.map((shard) => shard.acronyms)) };
}

/**
 * Postings per term number, fields in the order each term first occurs in them and sections ascending,
 * as MiniSearch's Maps would iterate. Sections must come in order. Postings are appended to one log of
 * typed arrays as they come and put in term order once, at the end: millions of them in small arrays
 * each, grown a push at a time, were much of the build's garbage collection.
 */
class PostingsBuilder {
  /** Per term, its fields in first-occurrence order. */
  readonly #termFields: number[][] = [];
  /** Per term and field (`term * fieldCount + field`), how many postings it has. */
  readonly #postingCounts: number[] = [];
  readonly #documentFrequency: number[] = [];
  /** Per term, the last section it occurred in (to count each section once), and its count in the field being added. */
  readonly #lastSection: number[] = [];
  readonly #lastField: number[] = [];
  readonly #count: number[] = [];
  /** The postings in the order they were added: term and field key, section, frequency. */
  #log = new Uint32Array(3 * 4096);
  #logged = 0;

  readonly #fieldCount: number;

  constructor(fieldCount: number) {
    this.#fieldCount = fieldCount;
  }

  /** One field of one section, as term numbers in text order; returns how many distinct terms it has. */
  addField(termIds: readonly number[], fieldId: number, section: number): number {
    const distinct: number[] = [];
    for (const termId of termIds) {
      this.#grow(termId);
      if (this.#lastSection[termId] === section && this.#lastField[termId] === fieldId) {
        // Past MAX_REPEATS a repeat is not indexed (see section-index.ts), so the frequency stops there.
        if (this.#count[termId]! < MAX_REPEATS) this.#count[termId]!++;
        continue;
      }
      if (this.#lastSection[termId] !== section) this.#documentFrequency[termId]!++;
      this.#lastSection[termId] = section;
      this.#lastField[termId] = fieldId;
      this.#count[termId] = 1;
      distinct.push(termId);
    }
    if (this.#log.length < 3 * (this.#logged + distinct.length)) this.#growLog(this.#logged + distinct.length);
    for (const termId of distinct) {
      const key = termId * this.#fieldCount + fieldId;
      const postingCount = this.#postingCounts[key]!;
      if (postingCount === 0) this.#termFields[termId]!.push(fieldId);
      this.#postingCounts[key] = postingCount + 1;
      const at = 3 * this.#logged++;
      this.#log[at] = key;
      this.#log[at + 1] = section;
      this.#log[at + 2] = this.#count[termId]!;
    }
    return distinct.length;
  }

  encode(terms: readonly string[]): Pick<BuiltShard, 'terms' | 'documentFrequency' | 'termStarts' | 'postings'> {
    // Where each term's entry starts, and where each term and field's section numbers go.
    const termStarts = new Uint32Array(this.#termFields.length);
    const next = new Uint32Array(this.#postingCounts.length);
    let size = 0;
    this.#termFields.forEach((fields, termId) => {
      termStarts[termId] = size;
      size += 1;
      for (const fieldId of fields) {
        const key = termId * this.#fieldCount + fieldId;
        next[key] = size + 2;
        size += 2 + 2 * this.#postingCounts[key]!;
      }
    });
    const postings = new Uint32Array(size);
    this.#termFields.forEach((fields, termId) => {
      let at = termStarts[termId]!;
      postings[at++] = fields.length;
      for (const fieldId of fields) {
        const count = this.#postingCounts[termId * this.#fieldCount + fieldId]!;
        postings[at] = fieldId;
        postings[at + 1] = count;
        at += 2 + 2 * count;
      }
    });
    // Stored as all the section numbers, then all their frequencies; the log has each key's postings in section order.
    for (let entry = 0; entry < 3 * this.#logged; entry += 3) {
      const key = this.#log[entry]!;
      const at = next[key]!++;
      postings[at] = this.#log[entry + 1]!;
      postings[at + this.#postingCounts[key]!] = this.#log[entry + 2]!;
    }
    return { terms: encodeCacheStrings(terms), documentFrequency: Uint32Array.from(this.#documentFrequency), termStarts, postings };
  }

  #grow(termId: number): void {
    while (this.#termFields.length <= termId) {
      this.#termFields.push([]);
      this.#documentFrequency.push(0);
      this.#lastSection.push(-1);
      this.#lastField.push(-1);
      this.#count.push(0);
      for (let field = 0; field < this.#fieldCount; field++) this.#postingCounts.push(0);
    }
  }

  #growLog(postings: number): void {
    const grown = new Uint32Array(Math.max(2 * this.#log.length, 3 * postings));
    grown.set(this.#log.subarray(0, 3 * this.#logged));
    this.#log = grown;
  }
}
