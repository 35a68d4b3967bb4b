import { PAGE_FEATURES, type AnswerCounts, type PageFeature } from './page-ranker.js';
import { conceptCoverage, mentions, type ParsedQuestion } from './parse-question.js';
import { pageOutline } from './page-outline.js';
import type { PageHit } from './search-sections.js';
import type { SectionIndex } from './section-index.js';
import { textTerms } from './normalize-term.js';
import { askedWords, pagePrior, pageWords, topicPrior, topicWords } from './answer-counts.js';
import { topicMatch } from './topic-folders.js';

/** One row of `PAGE_FEATURES` values per page, in the pages' order; the four counted features are 0 without their counts. */
export function pageFeatures(index: SectionIndex, question: ParsedQuestion, pages: readonly PageHit[], { topics: topicCounts, pages: pageCounts }: AnswerCounts = {}): number[][] {
  const coverageOf = conceptCoverage(index, question.concepts);
  const coverage = (has: (term: string) => boolean) => coverageOf(question.concepts.map((concept) => mentions(concept, has)));
  const first = pages[0]?.score ?? 1;
  const paths = pages.map((page) => page.path);
  const topics = topicMatch(index, question, paths);
  const bestTopic = Math.max(...topics);
  const asked = topicCounts ? askedWords(topicCounts, question) : undefined;
  const priors = topicCounts ? topicPrior(index, topicCounts, paths) : undefined;
  const words = topicCounts ? topicWords(index, topicCounts, asked, paths) : undefined;
  const pagePriors = topicCounts && pageCounts ? pagePrior(index, topicCounts, pageCounts, paths) : undefined;
  const ownWords = pageCounts ? pageWords(index, pageCounts, asked, paths) : undefined;
  return pages.map((page, rank) => {
    const best = page.hits[0]!;
    const outline = pageOutline(index.sections, page.path);
    const heading = new Set(textTerms(best.section.headings.at(-1) ?? ''));
    const row: Record<PageFeature, number> = {
      scoreRatio: Math.log(page.score / first),
      pageCoverage: coverage(matchedBy(page)),
      titleCoverage: outline ? coverage((term) => outline.title.has(term)) : 0,
      outlineCoverage: outline ? coverage((term) => outline.outline.has(term)) : 0,
      headingCoverage: coverage((term) => heading.has(term)),
      prior: Math.log(index.priors[best.section.id]!),
      reciprocalRank: 1 / (rank + 1),
      matchedSections: Math.log(1 + page.hits.length),
      namedSource: question.sources.includes(best.section.source) ? 1 : 0,
      topicMatch: topics[rank]! - bestTopic,
      topicPrior: priors?.[rank] ?? 0,
      topicWords: words?.[rank] ?? 0,
      pagePrior: pagePriors?.[rank] ?? 0,
      pageWords: ownWords?.[rank] ?? 0,
    };
    return PAGE_FEATURES.map((feature) => row[feature]);
  });
}

function matchedBy(page: PageHit): (term: string) => boolean {
  const matched = new Set(page.hits.flatMap((hit) => hit.matched));
  return (term) => matched.has(term);
}
