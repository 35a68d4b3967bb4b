import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';
import { encodeCacheSections } from './cache-sections.js';
import { encodeCacheStrings } from './cache-strings.js';
import type { IndexShard } from './index-cache.js';
import { minisearchOptions, prepareSection } from './section-index.js';

/**
 * Indexes sections into a shard: the same terms as `buildSectionIndex` (through `prepareSection`), and
 * the postings `MiniSearch.add` would make of them, built with a hash map and arrays rather than one
 * radix-tree lookup and Map update per token. Section ids are taken as positions in `sections`.
 */
export function encodeCacheShard(sections: readonly Section[], config: KnowledgeConfig, onProgress?: (indexed: number) => void): IndexShard {
  const { fields, processTerm } = minisearchOptions();
  const postings = new PostingsBuilder();
  const priors = new Float32Array(sections.length);
  const fieldLengths = new Uint32Array(sections.length * fields.length);
  sections.forEach((section, position) => {
    const prepared = prepareSection(section, config);
    fields.forEach((field, fieldId) => {
      // What MiniSearch's `tokenize` would split `prepared.document[field]` into, without splitting and hashing again.
      const tokens = prepared.fieldTerms[field];
      // As in MiniSearch.add: the field length counts distinct tokens, before processTerm.
      fieldLengths[position * fields.length + fieldId] = new Set(tokens).size;
      for (const token of tokens) {
        const term = processTerm(token);
        if (term) postings.add(term, fieldId, position);
      }
    });
    for (const term of prepared.distinctTerms) postings.countDocument(term);
    priors[position] = prepared.prior;
    if (onProgress && position % 500 === 499) onProgress(position + 1);
  });
  onProgress?.(sections.length);
  return { ...encodeCacheSections(sections), priors, fieldLengths, ...postings.encode() };
}

interface FieldPostings {
  fieldId: number;
  sections: number[];
  frequencies: number[];
}

/** Postings per term in the order terms, fields and sections first appear, as MiniSearch's Maps would iterate. */
class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postings: FieldPostings[][] = [];
  private readonly documentFrequency: number[] = [];

  add(term: string, fieldId: number, section: number): void {
    const fields = this.postings[this.idOf(term)]!;
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
  }

  countDocument(term: string): void {
    this.documentFrequency[this.idOf(term)]!++;
  }

  encode(): Pick<IndexShard, 'terms' | 'documentFrequency' | 'termStarts' | 'postings'> {
    let size = 0;
    for (const fields of this.postings) size += 1 + fields.reduce((sum, field) => sum + 2 + 2 * field.sections.length, 0);
    const postings = new Uint32Array(size);
    const termStarts = new Uint32Array(this.terms.length);
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
    return { terms: encodeCacheStrings(this.terms), documentFrequency: Uint32Array.from(this.documentFrequency), termStarts, postings };
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.postings.push([]);
      this.documentFrequency.push(0);
    }
    return id;
  }
}
