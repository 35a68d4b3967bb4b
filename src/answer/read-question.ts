import { termRarity, type SectionIndex } from '../search/section-index.js';
import { mentions, type ParsedQuestion } from '../search/parse-question.js';
import { textTermsLookup } from '../search/search-cached-index.js';
import { pageOutline } from '../search/page-outline.js';
import { askedWords, sectionOdds, type SectionOdds } from '../search/answer-counts.js';
import type { AnswerCounts } from '../search/page-ranker.js';
import type { Relevance } from './extract-passage.js';
import type { PageReading, QuestionReading } from './choose-section.js';

/** How a question is read to choose and quote sections: once per question, and per page for the page's own terms and counts. */
export interface QuestionReadings extends QuestionReading {
  pageReading: (path: string, findCloseSection: boolean) => PageReading;
}

/**
 * `counts`: the labelled questions' counts the section odds read; the index's ranker's, or, in
 * training, those made without the question.
 */
export function readQuestion(index: SectionIndex, question: ParsedQuestion, counts: AnswerCounts | undefined = index.ranker): QuestionReadings {
  const relevance = relevanceTo(index, question);
  const terms = allTerms(question);
  const oddsOf = sectionOddsOf(index, question, counts);
  // Looked up when a section is first read: an answer from a role page's part reads none.
  let textTerms: ((sectionId: number) => Set<string>) | undefined;
  return {
    relevance,
    terms,
    whole: relevance(terms),
    textTermsOf: (sectionId) => (textTerms ??= textTermsLookup(index, terms))(sectionId),
    pageReading: (path, findCloseSection) => ({ titleTerms: titleTermsOf(index, path), odds: oddsOf(path), findCloseSection }),
  };
}

/** Every index term of the question: what a section saying all of it would hold, and every term `relevanceTo` reads. */
function allTerms(question: ParsedQuestion): ReadonlySet<string> {
  return new Set(question.weights.keys());
}

/**
 * How much a sentence bears on the question: the rarity-weighted concepts it mentions, each once
 * however it is said ("MR" or "merge request"), plus a little for a follow-up's context words.
 */
function relevanceTo(index: SectionIndex, question: ParsedQuestion): Relevance {
  const rarity = (term: string) => termRarity(index, term);
  const concepts = question.concepts.map((concept) => ({ concept, weight: rarity(concept.term) }));
  const conceptTerms = new Set(question.concepts.flatMap((concept) => concept.alternatives.flat()));
  const context = [...question.weights].filter(([term]) => !conceptTerms.has(term)).map(([term, weight]) => ({ term, weight: weight * rarity(term) }));
  return (terms) => {
    let score = 0;
    for (const { concept, weight } of concepts) if (mentions(concept, (term) => terms.has(term))) score += weight;
    for (const { term, weight } of context) if (terms.has(term)) score += weight;
    return score;
  };
}

/** Per page, its sections' odds of being the one to quote (`sectionOdds`), where labelled questions were counted. */
function sectionOddsOf(index: SectionIndex, question: ParsedQuestion, counts: AnswerCounts | undefined): (path: string) => SectionOdds | undefined {
  const { topics, pages } = counts ?? {};
  if (!pages) return () => undefined;
  const words = topics ? askedWords(topics, question) : undefined;
  return (path) => sectionOdds(index, pages, path, words);
}

/** The index terms of a page's title, as its outline (read once per page) holds them. */
function titleTermsOf(index: SectionIndex, path: string): ReadonlySet<string> {
  return pageOutline(index.sections, path)?.title ?? new Set();
}
