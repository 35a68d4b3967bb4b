import type { Section } from '../knowledge/types.js';
import { conceptCoverage, mentions, parseQuestion, type ParsedQuestion } from './parse-question.js';
import { rerankPages } from './rerank-pages.js';
import { searchCachedIndex } from './search-cached-index.js';
import type { SectionIndex } from './section-index.js';

export interface SectionHit {
  section: Section;
  score: number;
  /** Share of the question's concepts (weighted by rarity) that this section mentions, 0..1. */
  coverage: number;
  /** Index terms of the query this section matched. */
  matched: string[];
  /** Per concept of the question, in order, whether this section mentions it. */
  mentioned: boolean[];
}

export interface PageHit {
  path: string;
  /** Its best section's score, raised for question words its other sections mention. */
  score: number;
  /** The page's sections that matched, best first. */
  hits: SectionHit[];
  /** The learned ranker's probability that this is the right page, among the first pages it reorders; absent without a ranker and past them. */
  probability?: number;
}

export interface SearchResult {
  question: ParsedQuestion;
  pages: PageHit[];
}

const FIELD_BOOST = { title: 2, headings: 2.5, text: 1 };
/** Sections considered after BM25; enough for page aggregation, few enough to stay fast. */
const CANDIDATES = 150;
/** A word in fewer sections than this is more likely a typo than the word meant: it is searched fuzzily. */
const RARE = 5;
/** Words at least this long also match longer index terms they begin. */
const PREFIX_MIN = 5;
/** Score multiplier for sources other than the ones a question names. */
const OTHER_SOURCE = 0.2;
const COVERAGE_FLOOR = 0.1;
const COVERAGE_POWER = 2;
/** Share of the coverage a page's other sections add to its best one that counts in the page's rank. */
const PAGE_CREDIT = 0.5;

/**
 * Ranks pages and their sections for a question; knows nothing of answers or surfaces. The word
 * search's first pages are then reordered by the index's learned ranker, when it has one.
 */
export function searchSections(index: SectionIndex, question: string, context?: string): SearchResult {
  const result = searchByWords(index, question, context);
  return index.ranker ? { ...result, pages: rerankPages(index, result.question, result.pages, index.ranker) } : result;
}

/** The ranking by words alone: what a ranker is trained to correct. */
export function searchByWords(index: SectionIndex, question: string, context?: string): SearchResult {
  const parsed = parseQuestion(question, index.config, index.synonyms, context);
  if (parsed.weights.size === 0) return { question: parsed, pages: [] };
  const { documentFrequency, sections } = index;
  // Same results as `minisearch.search(...)`, bit for bit, without an object per posting (see search-cached-index.ts).
  const results = searchCachedIndex(index, [...parsed.weights.keys()].join(' '), {
    limit: CANDIDATES,
    boost: FIELD_BOOST,
    boostTerm: (term) => parsed.weights.get(term) ?? 1,
    // Exact terms where the vocabulary knows them well; typo tolerance only for unknown or rare words.
    fuzzy: (term) => ((documentFrequency.get(term) ?? 0) >= RARE || term.length < 4 ? false : term.length >= 6 ? 2 : 1),
    // Prefixes catch what stemming misses (citizen -> citizenship) without matching every short word.
    prefix: (term) => term.length >= PREFIX_MIN,
    // Priors go into the search itself, not after it: applied to its top results only, they could
    // never lift a boosted page (the role page) that raw BM25 ranks below the cut.
    documentBoosts: documentBoostsOf(index, parsed.sources),
  });

  const coverageOf = conceptCoverage(index, parsed.concepts);
  const hits: SectionHit[] = [];
  for (const result of results) {
    // Result ids are section ids: the index's short ids, each a position in `sections` (see `layoutOf`).
    const section = sections[result.id]!;
    const matched = result.queryTerms;
    const mentioned = parsed.concepts.map((concept) => mentions(concept, (term) => matched.includes(term)));
    const coverage = coverageOf(mentioned);
    hits.push({ section, score: result.score * coverageFactor(coverage), coverage, matched, mentioned });
  }
  return { question: parsed, pages: rankPages(hits, coverageOf) };
}

const documentBoosts = new WeakMap<SectionIndex, Map<string, Float64Array>>();

/**
 * Per section, its prior, times `OTHER_SOURCE` outside the sources the question names. Made once per
 * index and set of sources named (a handful), not per question: it is one entry per section.
 */
function documentBoostsOf(index: SectionIndex, sources: string[]): Float64Array {
  let bySources = documentBoosts.get(index);
  if (!bySources) documentBoosts.set(index, (bySources = new Map()));
  const key = sources.join('\n');
  let boosts = bySources.get(key);
  if (!boosts) {
    boosts = new Float64Array(index.priors);
    const named = new Set(sources);
    if (named.size > 0) for (const section of index.sections) if (!named.has(section.source)) boosts[section.id]! *= OTHER_SOURCE;
    bySources.set(key, boosts);
  }
  return boosts;
}

/** Ranking multiplies BM25 by (floor + coverage)^power: a section that mentions every concept beats one that repeats a few. */
function coverageFactor(coverage: number): number {
  return (COVERAGE_FLOOR + coverage) ** COVERAGE_POWER;
}

/**
 * A page ranks by its most complete section: the one mentioning most of the question, then the
 * best scored. Adding up a page's other sections was measured to favour long pages over right ones;
 * what does help is crediting, in part, concepts the page mentions in its other sections ("slack" on
 * a page about Slack whose section on channels never says the word).
 */
function rankPages(hits: SectionHit[], coverageOf: (mentioned: boolean[]) => number): PageHit[] {
  const byPath = new Map<string, SectionHit[]>();
  for (const hit of hits) {
    const page = byPath.get(hit.section.path);
    if (page) page.push(hit);
    else byPath.set(hit.section.path, [hit]);
  }
  const pages: PageHit[] = [];
  for (const [path, pageHits] of byPath) {
    pageHits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
    const best = pageHits[0]!;
    const pageCoverage = coverageOf(best.mentioned.map((_, i) => pageHits.some((hit) => hit.mentioned[i])));
    const credited = best.coverage + PAGE_CREDIT * (pageCoverage - best.coverage);
    const score = best.score * (coverageFactor(credited) / coverageFactor(best.coverage));
    pages.push({ path, score, hits: pageHits });
  }
  return pages.sort((a, b) => b.score - a.score);
}
