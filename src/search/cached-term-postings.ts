import { LazyMap } from './lazy-map.js';

/** Where one shard's postings of a term start, and what to add to its section numbers to make them ids. */
export interface PostingsPart {
  postings: Uint32Array;
  start: number;
  firstId: number;
}

/** One field's postings within one part: `count` section numbers from `at`, then their `count` frequencies. */
export interface PostingsRun {
  postings: Uint32Array;
  at: number;
  count: number;
  firstId: number;
}

/**
 * One term's postings the way MiniSearch keeps them (field id -> document id -> term frequency), decoded
 * from the cached arrays the first time anything reads them. A question reads a handful of terms of a
 * vocabulary of tens of thousands; decoding every posting up front would be most of a warm start.
 */
export class CachedTermPostings extends LazyMap<number, Map<number, number>> {
  #parts: PostingsPart[] = [];

  /** Parts must be added in shard order, before the postings are first read. */
  addPart(part: PostingsPart): void {
    if (this.filled) throw new Error('Onboard: cannot add cached postings after they were read');
    this.#parts.push(part);
  }

  /**
   * A field's postings read in place, part by part, for a search that scores straight from the arrays;
   * `undefined` once they have been decoded into Maps, which are then the ones to read.
   */
  fieldRuns(fieldId: number): PostingsRun[] | undefined {
    if (this.filled) return undefined;
    const runs: PostingsRun[] = [];
    for (const { postings, start, firstId } of this.#parts) {
      let at = start + 1;
      for (let field = postings[start]!; field > 0; field--) {
        const count = postings[at + 1]!;
        if (postings[at] === fieldId) runs.push({ postings, at: at + 2, count, firstId });
        at += 2 + 2 * count;
      }
    }
    return runs;
  }

  protected override fill(): void {
    const parts = this.#parts;
    this.#parts = [];
    for (const { postings, start, firstId } of parts) {
      let at = start;
      const fieldCount = postings[at++]!;
      for (let field = 0; field < fieldCount; field++) {
        const fieldId = postings[at++]!;
        const count = postings[at++]!;
        let documents = this.get(fieldId);
        if (!documents) this.set(fieldId, (documents = new Map()));
        for (let i = 0; i < count; i++) documents.set(firstId + postings[at + i]!, postings[at + count + i]!);
        at += 2 * count;
      }
    }
  }
}
