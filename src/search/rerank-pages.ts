import { pageFeatures } from './page-features.js';
import { PAGE_FEATURES, type PageRanker } from './page-ranker.js';
import type { ParsedQuestion } from './parse-question.js';
import type { PageHit } from './search-sections.js';
import type { SectionIndex } from './section-index.js';

/** Pages reordered: the first few, where the right page nearly always is when it is found at all. */
export const RERANKED_PAGES = 10;

/**
 * The first pages in the ranker's order (ties keep the word search's), each with the probability the
 * ranker gives it of being the right one (the softmax it is trained with); the rest as they were.
 */
export function rerankPages(index: SectionIndex, question: ParsedQuestion, pages: PageHit[], ranker: PageRanker): PageHit[] {
  if (pages.length < 2) return pages;
  const first = pages.slice(0, RERANKED_PAGES);
  const weights = PAGE_FEATURES.map((feature) => ranker.weights[feature]);
  const scored = pageFeatures(index, question, first, ranker).map((row, rank) => ({ page: first[rank]!, rank, value: row.reduce((sum, x, i) => sum + x * weights[i]!, 0) }));
  scored.sort((a, b) => b.value - a.value || a.rank - b.rank);
  const best = scored[0]!.value;
  const odds = scored.map(({ value }) => Math.exp(value - best));
  const total = odds.reduce((sum, x) => sum + x, 0);
  return [...scored.map(({ page }, i) => ({ ...page, probability: odds[i]! / total })), ...pages.slice(RERANKED_PAGES)];
}
