import { normalizeTerm } from './normalize-term.js';
import { tokenize } from './tokenize.js';

/** Marks a token that is no index term (a stop word, a one-letter word). */
const NO_TERM = -1;

/**
 * Index terms numbered from 0 in the order they are first met. Indexing looks up millions of tokens
 * but only tens of thousands of distinct ones: each distinct token is normalised once, and from then
 * on one Map lookup gives its term's number, which the indexer counts and posts with arrays.
 */
export class TermIds {
  /** The terms, by number. */
  readonly terms: string[] = [];
  private readonly byTerm = new Map<string, number>();
  private readonly byToken = new Map<string, number>();

  /** The numbers of `normalizeTerms(tokenize(text))`, in order. */
  idsOf(text: string): number[] {
    const ids: number[] = [];
    for (const token of tokenize(text)) {
      let id = this.byToken.get(token);
      if (id === undefined) {
        id = this.idOfTerm(normalizeTerm(token));
        this.byToken.set(token, id);
      }
      if (id !== NO_TERM) ids.push(id);
    }
    return ids;
  }

  private idOfTerm(term: string | null): number {
    if (term === null) return NO_TERM;
    let id = this.byTerm.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.byTerm.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}
