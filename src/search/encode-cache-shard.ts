import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';
import { encodeCacheSections } from './cache-sections.js';
import { encodeCacheStrings } from './cache-strings.js';
import type { IndexShard } from './index-cache.js';
import { sectionFieldTexts } from './index-terms.js';
import { MAX_REPEATS, minisearchOptions } from './section-index.js';
import { sectionPrior } from './section-prior.js';
import { TermIds } from './term-ids.js';

/**
 * Indexes sections into a shard: the terms `buildSectionIndex` indexes (the same field texts, tokenizer
 * and normaliser, repeats capped the same way), and the postings `MiniSearch.add` would make of them
 * (its `processTerm` keeps every term as it is). Terms are numbered once and counted in arrays rather
 * than looked up in several Maps and a radix tree per token. Section ids are taken as positions in `sections`.
 */
export function encodeCacheShard(sections: readonly Section[], config: KnowledgeConfig, onProgress?: (indexed: number) => void): IndexShard {
  const { fields } = minisearchOptions();
  const termIds = new TermIds();
  const postings = new PostingsBuilder(fields.length);
  const priors = new Float32Array(sections.length);
  const fieldLengths = new Uint32Array(sections.length * fields.length);
  sections.forEach((section, position) => {
    const texts = sectionFieldTexts(section);
    fields.forEach((field, fieldId) => {
      // As in MiniSearch.add: the field length counts distinct terms.
      let distinct = 0;
      for (const termId of termIds.idsOf(texts[field])) if (postings.add(termId, fieldId, position)) distinct++;
      fieldLengths[position * fields.length + fieldId] = distinct;
    });
    priors[position] = sectionPrior(section, config.boosts);
    if (onProgress && position % 500 === 499) onProgress(position + 1);
  });
  onProgress?.(sections.length);
  return { ...encodeCacheSections(sections), priors, fieldLengths, ...postings.encode(termIds.terms) };
}

interface FieldPostings {
  fieldId: number;
  sections: number[];
  frequencies: number[];
}

/** Postings per term number in the order fields and sections first appear, as MiniSearch's Maps would iterate. */
class PostingsBuilder {
  private readonly postings: FieldPostings[][] = [];
  private readonly documentFrequency: number[] = [];
  /** Per term, the section and field it last occurred in (as one number) and how often it did there. */
  private readonly lastSlot: number[] = [];
  private readonly repeats: number[] = [];
  /** Per term, the last section it occurred in, to count each section once. */
  private readonly lastSection: number[] = [];

  constructor(private readonly fieldCount: number) {}

  /** One occurrence of a term; true when it is the term's first in this field of this section. */
  add(termId: number, fieldId: number, section: number): boolean {
    while (this.postings.length <= termId) {
      this.postings.push([]);
      this.documentFrequency.push(0);
      this.lastSlot.push(-1);
      this.repeats.push(0);
      this.lastSection.push(-1);
    }
    const slot = section * this.fieldCount + fieldId;
    const first = this.lastSlot[termId] !== slot;
    if (first) {
      this.lastSlot[termId] = slot;
      this.repeats[termId] = 0;
    }
    // Past MAX_REPEATS a repeat is not indexed (see section-index.ts), so the frequency stops there.
    if (++this.repeats[termId]! > MAX_REPEATS) return false;
    if (this.lastSection[termId] !== section) {
      this.lastSection[termId] = section;
      this.documentFrequency[termId]!++;
    }
    const fields = this.postings[termId]!;
    let field: FieldPostings | undefined;
    for (const entry of fields) if (entry.fieldId === fieldId) field = entry;
    if (!field) fields.push((field = { fieldId, sections: [], frequencies: [] }));
    // Sections arrive in order, so a repeat of the term can only be in the last one.
    const last = field.sections.length - 1;
    if (field.sections[last] === section) field.frequencies[last]!++;
    else {
      field.sections.push(section);
      field.frequencies.push(1);
    }
    return first;
  }

  encode(terms: readonly string[]): Pick<IndexShard, 'terms' | 'documentFrequency' | 'termStarts' | 'postings'> {
    let size = 0;
    for (const fields of this.postings) size += 1 + fields.reduce((sum, field) => sum + 2 + 2 * field.sections.length, 0);
    const postings = new Uint32Array(size);
    const termStarts = new Uint32Array(this.postings.length);
    let at = 0;
    this.postings.forEach((fields, termId) => {
      termStarts[termId] = at;
      postings[at++] = fields.length;
      for (const { fieldId, sections, frequencies } of fields) {
        postings[at++] = fieldId;
        postings[at++] = sections.length;
        postings.set(sections, at);
        postings.set(frequencies, at + sections.length);
        at += 2 * sections.length;
      }
    });
    return { terms: encodeCacheStrings(terms), documentFrequency: Uint32Array.from(this.documentFrequency), termStarts, postings };
  }
}
