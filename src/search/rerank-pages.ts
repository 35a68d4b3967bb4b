import { countedFit } from './answer-counts.js';
import { pageFeatures } from './page-features.js';
import { PAGE_FEATURES, type AnswerCounts, type PageRanker } from './page-ranker.js';
import type { ParsedQuestion } from './parse-question.js';
import type { PageHit } from './search-sections.js';
import type { SectionIndex } from './section-index.js';

/** Pages reordered: a few, where the right page nearly always is when it is found at all. */
export const RERANKED_PAGES = 10;
/**
 * Of those, how many the labelled questions' counts choose (`countedFit`) from the word search's pages
 * down to `COUNTED_DEPTH`; the others are its first. Of the 438 answerable tuning questions, the word
 * search has the right page among its first ten for 374, and among its first fifty for 411.
 */
export const COUNTED_PAGES = 4;
const COUNTED_DEPTH = 50;

/**
 * The pages the ranker reorders: the word search's first, and, where the ranker has counts, in place
 * of the last `COUNTED_PAGES` of them, the pages down to `COUNTED_DEPTH` that fit the counts best,
 * kept in the word search's order. A page the words rank 35th (Sourcegraph's on-call page for "sg:
 * who's on call for another team?") can then be weighed, and come first, when questions asked in
 * those words were answered from it. Training (`train-ranker`) learns from the same pages.
 */
export function pagesToRerank(index: SectionIndex, question: ParsedQuestion, pages: readonly PageHit[], counts: AnswerCounts): PageHit[] {
  if (!counts.topics || !counts.pages || pages.length <= RERANKED_PAGES) return pages.slice(0, RERANKED_PAGES);
  const byWords = RERANKED_PAGES - COUNTED_PAGES;
  const further = pages.slice(byWords, COUNTED_DEPTH);
  const fit = countedFit(index, counts, question, further.map((page) => page.path));
  const best = further.map((page, i) => ({ page, fit: fit[i]!, i })).sort((a, b) => b.fit - a.fit || a.i - b.i);
  const chosen = new Set(best.slice(0, COUNTED_PAGES).map(({ page }) => page));
  return [...pages.slice(0, byWords), ...further.filter((page) => chosen.has(page))];
}

/**
 * The pages to rerank (`pagesToRerank`) in the ranker's order (ties keep the word search's), each with
 * the probability the ranker gives it of being the right one (the softmax it is trained with); the rest
 * as they were.
 *
 * A question that names a source ("sg password length") is answered from that source: where any of
 * the first pages is from a named source, the ranker orders those, and the others follow with
 * probability 0. The word search already ranks other sources lower, and the ranker weighs the source
 * named, but a page whose words fit well could still come first ("sourcegraph password length" put
 * GitLab's password page first, 0.71). None of the 173 answerable tuning questions that name a source
 * is answered from another; holding out one eval file at a time, first-page hits went from 294 to 295
 * of 438, and 2 more of the 226 unanswerable questions were declined.
 */
export function rerankPages(index: SectionIndex, question: ParsedQuestion, pages: PageHit[], ranker: PageRanker): PageHit[] {
  if (pages.length < 2) return pages;
  const first = pagesToRerank(index, question, pages, ranker);
  const reordered = new Set(first);
  const weights = PAGE_FEATURES.map((feature) => ranker.weights[feature]);
  const scored = pageFeatures(index, question, first, ranker).map((row, rank) => ({ page: first[rank]!, rank, value: dot(row, weights) }));
  const fromNamed = scored.filter(({ page }) => question.sources.includes(page.hits[0]!.section.source));
  const candidates = fromNamed.length > 0 ? fromNamed : scored;
  const rest = scored.filter((entry) => !candidates.includes(entry));
  candidates.sort(byValue);
  rest.sort(byValue);
  const probabilities = softmax(candidates.map(({ value }) => value));
  return [...candidates.map(({ page }, i) => ({ ...page, probability: probabilities[i]! })), ...rest.map(({ page }) => ({ ...page, probability: 0 })), ...pages.filter((page) => !reordered.has(page))];
}

/** Higher value first; of equal values, the word search's order. */
function byValue(a: { value: number; rank: number }, b: { value: number; rank: number }): number {
  return b.value - a.value || a.rank - b.rank;
}

/** A linear model's value for one row of features. */
export function dot(row: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < row.length; k++) sum += row[k]! * weights[k]!;
  return sum;
}

/** Probabilities proportional to exp(value), summing to 1. */
export function softmax(values: number[]): number[] {
  const best = Math.max(...values);
  const odds = values.map((value) => Math.exp(value - best));
  const total = odds.reduce((sum, x) => sum + x, 0);
  return odds.map((x) => x / total);
}
