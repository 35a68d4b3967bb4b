import { PAGE_FEATURES, type AnswerCounts, type PageFeature } from './page-ranker.js';
import { conceptCoverage, mentions, type ParsedQuestion } from './parse-question.js';
import { pageOutline } from './page-outline.js';
import type { PageHit } from './search-sections.js';
import type { SectionIndex } from './section-index.js';
import { textTerms } from './normalize-term.js';
import { countedFeatures } from './answer-counts.js';
import { topicMatch } from './topic-folders.js';

/** One row of `PAGE_FEATURES` values per page, in the pages' order; the four counted features are 0 without their counts. */
export function pageFeatures(index: SectionIndex, question: ParsedQuestion, pages: readonly PageHit[], counts: AnswerCounts = {}): number[][] {
  const coverageOf = conceptCoverage(index, question.concepts);
  const coverage = (has: (term: string) => boolean) => coverageOf(question.concepts.map((concept) => mentions(concept, has)));
  const first = pages[0]?.score ?? 1;
  const paths = pages.map((page) => page.path);
  const topics = topicMatch(index, question, paths);
  const bestTopic = Math.max(...topics);
  const counted = countedFeatures(index, counts, question, paths);
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
      topicPrior: counted.topicPrior[rank]!,
      topicWords: counted.topicWords[rank]!,
      pagePrior: counted.pagePrior[rank]!,
      pageWords: counted.pageWords[rank]!,
    };
    return PAGE_FEATURES.map((feature) => row[feature]);
  });
}

function matchedBy(page: PageHit): (term: string) => boolean {
  const matched = new Set(page.hits.flatMap((hit) => hit.matched));
  return (term) => matched.has(term);
}
