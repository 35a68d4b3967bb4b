import { pageFeatures } from '../search/page-features.js';
import { PAGE_FEATURES, SECTION_FEATURES, type AnswerCounts, type PageFeature, type PageRanker, type SectionFeature } from '../search/page-ranker.js';
import { HAND_SECTION_WEIGHTS, sectionCandidates, type SectionWeights } from '../answer/choose-section.js';
import { readQuestion } from '../answer/read-question.js';
import { toPlainText } from '../knowledge/render-inline.js';
import { dot, pagesToRerank, softmax } from '../search/rerank-pages.js';
import { searchByWords, type PageHit, type SearchResult } from '../search/search-sections.js';
import type { SectionIndex } from '../search/section-index.js';
import { placeOf } from '../search/topic-folders.js';
import { containsPhrase, pathMatches, type EvalCase } from './eval-set.js';
import { roundTo } from './round-to.js';

/** One question as the ranker sees it: a feature row per candidate page, and which is right. */
interface Example {
  rows: number[][];
  right: number;
}

/** One question as the quote's chooser sees it: a feature row per candidate section of its expected page, and which hold its phrase. */
interface SectionExample {
  rows: number[][];
  right: boolean[];
}

/** The step of the section weights' ascent: their features are logs and shares, smaller than the pages'. */
const SECTION_LEARNING_RATE = 0.1;

export interface RankerTraining {
  ranker: PageRanker;
  /** Answerable questions, and those whose expected page was among the first pages, which are all it learns from. */
  answerable: number;
  examples: number;
  /** Page hit@1 and hit@3 over the answerable questions, in the word search's order and in the ranker's. */
  before: { hitAt1: number; hitAt3: number };
  after: { hitAt1: number; hitAt3: number };
  /** Questions whose expected page's sections the section weights learned from, and the share of them whose most weighed section holds the phrase, hand-set and learned. */
  sections: { examples: number; before: number; after: number };
}

export interface RankerOptions {
  /** L2 penalty: keeps weights small where few questions support them. */
  penalty?: number;
  /** The counts' smoothing (`TopicCounts`, `PageCounts`). */
  smoothing?: Smoothing;
  epochs?: number;
  learningRate?: number;
}

export interface Smoothing {
  topic: number;
  topicWords: number;
  page: number;
  pageWords: number;
  section: number;
  sectionWords: number;
}

/**
 * Chosen by cross-validation over the 438 answerable tuning questions (5 folds over three splits, and
 * one fold per eval file), ranking alone. Topics: 3 questions' worth did as well or one to four
 * first-page hits better than 10, which penalises less a topic no question came from. Topic words: 5 to
 * 200 words' worth alike, 800 worse. Pages: 1, 5 and 20 questions' worth within three hits of each
 * other, 20 best; page words 5 to 80 alike. Sections, by the expected phrase quoted holding out one
 * eval file at a time: 5 and 10 questions' worth alike, 2 five phrases fewer; section words, the same
 * way, 3 to 30 words' worth within six phrases of each other, 10 best.
 */
const SMOOTHING: Smoothing = { topic: 10, topicWords: 40, page: 20, pageWords: 20, section: 5, sectionWords: 10 };

/** What a question adds to the counts: its expected page, the page's topic, its distinct words, and the heading of the section that answers it (lower case), where its words are counted too. */
export interface Asked {
  place: { topic: string; page: string } | undefined;
  terms: string[];
  section?: string;
}

/** The counts training makes: both kinds, always. */
export type Counts = Required<AnswerCounts>;

/**
 * Learns `PAGE_FEATURES` weights from labelled questions (eval files): multinomial logistic regression
 * over each question's first pages, the right one as the class, by full-batch gradient ascent from the
 * word search's own order; and first the counts the ranker keeps: per topic and per page of the
 * questions' expected pages, how many questions and in which words, and per page which sections
 * answered them and in which words (for the quoted section's odds). A question's own features read
 * the counts without it, as a question not learned from would. Deterministic: the same questions and
 * index give the same ranker.
 */
export function trainRanker(index: SectionIndex, cases: readonly EvalCase[], options: RankerOptions = {}): RankerTraining {
  const { penalty = 0.01, epochs = 400, learningRate = 0.2, smoothing = SMOOTHING } = options;
  const answerable = cases.filter((evalCase) => evalCase.expect.length > 0);
  const searched = answerable.map((evalCase) => ({ evalCase, ...searchByWords(index, evalCase.q) }));
  const asked = searched.map(({ evalCase, question }): Asked => ({
    place: expectedPlace(index, evalCase),
    terms: [...new Set(question.concepts.map((concept) => concept.term))],
    ...(evalCase.section ? { section: evalCase.section.toLowerCase() } : {}),
  }));
  const counts = countAnswers(asked, smoothing);
  const reranked = searched.map((search, i) => rerankedFor(search, index, withoutQuestion(counts, asked[i]!)));
  const examples = reranked.flatMap((question) => exampleOf(question, index));
  const sectionExamples = reranked.flatMap((question) => sectionExampleOf(question, index));
  const sectionWeights = learnSectionWeights(sectionExamples, { penalty, epochs });
  const weights = new Array<number>(PAGE_FEATURES.length).fill(0);
  weights[PAGE_FEATURES.indexOf('scoreRatio')] = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Array<number>(weights.length).fill(0);
    for (const { rows, right } of examples) {
      const probabilities = softmax(rows.map((row) => dot(row, weights)));
      rows.forEach((row, i) => {
        const error = (i === right ? 1 : 0) - probabilities[i]!;
        for (let k = 0; k < row.length; k++) gradient[k]! += error * row[k]!;
      });
    }
    for (let k = 0; k < weights.length; k++) weights[k]! += learningRate * (gradient[k]! / Math.max(1, examples.length) - penalty * weights[k]!);
  }
  const ranker: PageRanker = { weights: Object.fromEntries(PAGE_FEATURES.map((feature, k) => [feature, roundTo(weights[k]!, 3)])) as Record<PageFeature, number>, sectionWeights, ...counts };
  const sections = { examples: sectionExamples.length, before: sectionsChosen(sectionExamples, HAND_SECTION_WEIGHTS), after: sectionsChosen(sectionExamples, sectionWeights) };
  return { ranker, answerable: answerable.length, examples: examples.length, before: hits(examples, answerable.length), after: hits(examples, answerable.length, weights), sections };
}

/** A question as training meets it: its search, the counts without it, the pages the ranker reorders, and where its expected page is among them (-1 where it is not). */
interface Reranked extends SearchResult {
  evalCase: EvalCase;
  counts: Counts;
  first: PageHit[];
  right: number;
}

function rerankedFor(search: SearchResult & { evalCase: EvalCase }, index: SectionIndex, counts: Counts): Reranked {
  const first = pagesToRerank(index, search.question, search.pages, counts);
  return { ...search, counts, first, right: first.findIndex((page) => search.evalCase.expect.some((expected) => pathMatches(expected, page.path))) };
}

/**
 * The expected page's candidate sections (`sectionCandidates`) with their features as the quote's
 * chooser reads them, wherever the page is among the first pages, and which of them hold the question's
 * expected phrase. Only a question whose phrase some candidates hold and others do not teaches anything.
 */
function sectionExampleOf({ evalCase: { phrase }, question, counts, first, right }: Reranked, index: SectionIndex): SectionExample[] {
  const page = first[right];
  if (!phrase || !page) return [];
  const reading = readQuestion(index, question, counts);
  const candidates = sectionCandidates(page, reading, reading.pageReading(page.path, false));
  const holds = candidates.map(({ hit }) => containsPhrase(hit.section.text, phrase) || containsPhrase(toPlainText(hit.section.text), phrase));
  return holds.some(Boolean) && !holds.every(Boolean) ? [{ rows: candidates.map(({ row }) => row), right: holds }] : [];
}

/**
 * `SECTION_FEATURES` weights by conditional logistic regression: per question, the probability the
 * weights give the sections holding its phrase, among its candidates, by full-batch gradient ascent from
 * the hand-set weighing, and penalised for straying from it where few questions say otherwise.
 */
function learnSectionWeights(examples: readonly SectionExample[], { penalty, epochs }: { penalty: number; epochs: number }): Record<SectionFeature, number> {
  const start = SECTION_FEATURES.map((feature) => HAND_SECTION_WEIGHTS[feature]);
  const weights = [...start];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Array<number>(weights.length).fill(0);
    for (const { rows, right } of examples) {
      const probabilities = softmax(rows.map((row) => dot(row, weights)));
      const ofRight = probabilities.reduce((sum, probability, i) => sum + (right[i] ? probability : 0), 0);
      rows.forEach((row, i) => {
        const error = (right[i] ? probabilities[i]! / ofRight : 0) - probabilities[i]!;
        for (let k = 0; k < row.length; k++) gradient[k]! += error * row[k]!;
      });
    }
    for (let k = 0; k < weights.length; k++) weights[k]! += SECTION_LEARNING_RATE * (gradient[k]! / Math.max(1, examples.length) - penalty * (weights[k]! - start[k]!));
  }
  return Object.fromEntries(SECTION_FEATURES.map((feature, k) => [feature, roundTo(weights[k]!, 3)])) as Record<SectionFeature, number>;
}

/** The share of the examples whose most weighed section holds the phrase. */
function sectionsChosen(examples: readonly SectionExample[], weights: SectionWeights): number {
  const vector = SECTION_FEATURES.map((feature) => weights[feature]);
  const chosen = examples.filter(({ rows, right }) => {
    const values = rows.map((row) => dot(row, vector));
    return right[values.indexOf(Math.max(...values))];
  });
  return roundTo(chosen.length / Math.max(1, examples.length), 3);
}

function exampleOf({ question, counts, first, right }: Reranked, index: SectionIndex): Example[] {
  return right < 0 ? [] : [{ rows: pageFeatures(index, question, first, counts), right }];
}

/** A question's first expected page the index has (eval paths end with the index's), by topic and name; `undefined` if none. */
function expectedPlace(index: SectionIndex, evalCase: EvalCase): Asked['place'] {
  for (const expected of evalCase.expect) {
    const parts = expected.split('/');
    for (let from = 0; from < parts.length; from++) {
      const place = placeOf(index, parts.slice(from).join('/'));
      if (place) return { topic: place.topic, page: place.page };
    }
  }
  return undefined;
}

/** Topics, pages and words counted in name order, so that the same questions write the same file. */
export function countAnswers(asked: readonly Asked[], smoothing: Smoothing = SMOOTHING): Counts {
  const topics = new Tally();
  const pages = new Tally();
  const sections = new Map<string, Tally>();
  for (const { place, terms, section } of asked) {
    if (!place) continue;
    topics.add(place.topic, terms);
    pages.add(place.page, terms);
    if (section === undefined) continue;
    let ofPage = sections.get(place.page);
    if (!ofPage) sections.set(place.page, (ofPage = new Tally()));
    ofPage.add(section, terms);
  }
  const perPage = <T>(read: (tally: Tally) => T) => Object.fromEntries(byName(sections).map(([page, tally]) => [page, read(tally)]));
  return {
    topics: { smoothing: smoothing.topic, questions: asked.filter(({ place }) => place).length, answered: topics.answered(), wordSmoothing: smoothing.topicWords, words: topics.words() },
    pages: {
      smoothing: smoothing.page,
      wordSmoothing: smoothing.pageWords,
      answered: pages.answered(),
      words: pages.words(),
      sectionSmoothing: smoothing.section,
      sections: perPage((tally) => tally.answered()),
      sectionWordSmoothing: smoothing.sectionWords,
      sectionWords: perPage((tally) => tally.words()),
    },
  };
}

/** Per name, how many questions, and per term how many of them used it. */
class Tally {
  #answered = new Map<string, number>();
  #words = new Map<string, Map<string, number>>();

  add(name: string, terms: readonly string[]): void {
    this.#answered.set(name, (this.#answered.get(name) ?? 0) + 1);
    let used = this.#words.get(name);
    if (!used) this.#words.set(name, (used = new Map()));
    for (const term of terms) used.set(term, (used.get(term) ?? 0) + 1);
  }

  answered(): Record<string, number> {
    return Object.fromEntries(byName(this.#answered));
  }

  words(): Record<string, Record<string, number>> {
    return Object.fromEntries(byName(this.#words).map(([name, used]) => [name, Object.fromEntries(byName(used))]));
  }
}

function byName<T>(map: Map<string, T>): [string, T][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The counts as they would be had this question not been counted (its zero counts stay, as zeros). */
export function withoutQuestion(counts: Counts, { place, terms, section }: Asked): Counts {
  if (!place) return counts;
  const { topics, pages } = counts;
  const ofSection = section === undefined ? {} : {
    sections: { ...pages.sections, [place.page]: less(pages.sections[place.page]!, section) },
    sectionWords: { ...pages.sectionWords, [place.page]: { ...pages.sectionWords[place.page], [section]: lessEach(pages.sectionWords[place.page]![section]!, terms) } },
  };
  return {
    topics: { ...topics, questions: topics.questions - 1, answered: less(topics.answered, place.topic), words: { ...topics.words, [place.topic]: lessEach(topics.words[place.topic]!, terms) } },
    pages: { ...pages, answered: less(pages.answered, place.page), words: { ...pages.words, [place.page]: lessEach(pages.words[place.page]!, terms) }, ...ofSection },
  };
}

function less(counts: Readonly<Record<string, number>>, name: string): Record<string, number> {
  return { ...counts, [name]: counts[name]! - 1 };
}

function lessEach(counts: Readonly<Record<string, number>>, names: readonly string[]): Record<string, number> {
  const left = { ...counts };
  for (const name of names) left[name] = left[name]! - 1;
  return left;
}

/** Page hit@1 and hit@3 over `answerable` questions, the others counted as misses; word order without weights. */
function hits(examples: Example[], answerable: number, weights?: number[]): { hitAt1: number; hitAt3: number } {
  let hitAt1 = 0;
  let hitAt3 = 0;
  for (const { rows, right } of examples) {
    const value = (i: number) => (weights ? dot(rows[i]!, weights) : -i);
    const above = rows.filter((_, i) => i !== right && (value(i) > value(right) || (value(i) === value(right) && i < right))).length;
    if (above === 0) hitAt1++;
    if (above < 3) hitAt3++;
  }
  const share = (count: number) => roundTo(count / Math.max(1, answerable), 3);
  return { hitAt1: share(hitAt1), hitAt3: share(hitAt3) };
}
