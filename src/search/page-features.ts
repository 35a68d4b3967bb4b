import { PAGE_FEATURES, type AnswerCounts, type PageFeature } from './page-ranker.js';
import { conceptCoverage, mentions, type ParsedQuestion } from './parse-question.js';
import { beyondTitle, pageOutline } from './page-outline.js';
import type { PageHit } from './search-sections.js';
import type { SectionIndex } from './section-index.js';
import { normalizeTerm, textTerms } from './normalize-term.js';
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
  const sourceNames = sourceNameTerms(index);
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
      titlePrecision: outline ? shareSaid(outline.title, question, sourceNames) : 0,
      headingPrecision: outline ? shareSaid(beyondTitle(heading, outline.title), question, sourceNames) : 0,
    };
    return PAGE_FEATURES.map((feature) => row[feature]);
  });
}

function matchedBy(page: PageHit): (term: string) => boolean {
  const matched = new Set(page.hits.flatMap((hit) => hit.matched));
  return (term) => matched.has(term);
}

/**
 * The share of a title's or heading's terms the question says, its synonyms included, leaving out the
 * names of sources ("Paid time off at GitLab" is about paid time off; a question naming GitLab narrows
 * the sources instead of searching for the word); 0 for none.
 */
function shareSaid(terms: ReadonlySet<string>, question: ParsedQuestion, sourceNames: ReadonlySet<string>): number {
  let said = 0;
  let named = 0;
  for (const term of terms) {
    if (sourceNames.has(term)) named++;
    else if (question.weights.has(term)) said++;
  }
  return terms.size > named ? said / (terms.size - named) : 0;
}

const sourceNamesOf = new WeakMap<SectionIndex['config'], ReadonlySet<string>>();

/** The index terms of the knowledge config's source aliases ("gitlab", "sourcegraph"), once per config. */
function sourceNameTerms(index: SectionIndex): ReadonlySet<string> {
  let names = sourceNamesOf.get(index.config);
  if (!names) {
    names = new Set(index.config.sources.flatMap((source) => source.aliases.map((alias) => normalizeTerm(alias))).filter((term): term is string => term !== null));
    sourceNamesOf.set(index.config, names);
  }
  return names;
}
