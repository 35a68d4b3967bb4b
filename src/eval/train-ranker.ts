import { pageFeatures } from '../search/page-features.js';
import { PAGE_FEATURES, type PageFeature, type PageRanker, type TopicCounts } from '../search/page-ranker.js';
import { RERANKED_PAGES } from '../search/rerank-pages.js';
import { searchByWords, type SearchResult } from '../search/search-sections.js';
import type { SectionIndex } from '../search/section-index.js';
import { topicOfPath } from '../search/topic-folders.js';
import { pathMatches, type EvalCase } from './eval-set.js';
import { roundTo } from './round-to.js';

/** One question as the ranker sees it: a feature row per candidate page, and which is right. */
interface Example {
  rows: number[][];
  right: number;
}

export interface RankerTraining {
  ranker: PageRanker;
  /** Answerable questions, and those whose expected page was among the first pages, which are all it learns from. */
  answerable: number;
  examples: number;
  /** Page hit@1 and hit@3 over the answerable questions, in the word search's order and in the ranker's. */
  before: { hitAt1: number; hitAt3: number };
  after: { hitAt1: number; hitAt3: number };
}

export interface RankerOptions {
  /** L2 penalty: keeps weights small where few questions support them. */
  penalty?: number;
  /** `TopicCounts.smoothing`. */
  topicSmoothing?: number;
  /** `TopicCounts.wordSmoothing`. */
  wordSmoothing?: number;
  epochs?: number;
  learningRate?: number;
}

/**
 * Smoothing of the topic priors, in questions: chosen by cross-validation over the 438 answerable tuning
 * questions (5 folds over three splits, and one fold per eval file), where 3 did as well or one to four
 * first-page hits better; 10 penalises less a topic no question came from.
 */
const TOPIC_SMOOTHING = 10;
/** Smoothing of each topic's question words, in words: 5 to 200 did alike in the same cross-validation, 800 worse. */
const WORD_SMOOTHING = 40;

/** What a question adds to the topic counts: its expected page's topic and its distinct words. */
export interface Asked {
  topic: string | undefined;
  terms: string[];
}

/**
 * Learns `PAGE_FEATURES` weights from labelled questions (eval files): multinomial logistic regression
 * over each question's first pages, the right one as the class, by full-batch gradient ascent from the
 * word search's own order; and first the topic counts, from the topics of the questions' expected pages
 * and the words they were asked in. A question's own features read the counts without it, as a question
 * not learned from would. Deterministic: the same questions and index give the same ranker.
 */
export function trainRanker(index: SectionIndex, cases: readonly EvalCase[], options: RankerOptions = {}): RankerTraining {
  const { penalty = 0.01, epochs = 400, learningRate = 0.2, topicSmoothing = TOPIC_SMOOTHING, wordSmoothing = WORD_SMOOTHING } = options;
  const answerable = cases.filter((evalCase) => evalCase.expect.length > 0);
  const searched = answerable.map((evalCase) => ({ evalCase, ...searchByWords(index, evalCase.q) }));
  const asked = searched.map(({ evalCase, question }): Asked => ({ topic: expectedTopic(index, evalCase), terms: [...new Set(question.concepts.map((concept) => concept.term))] }));
  const topics = countTopics(asked, topicSmoothing, wordSmoothing);
  const examples = searched.flatMap((search, i) => exampleOf(search, index, withoutQuestion(topics, asked[i]!)));
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
  const ranker: PageRanker = { weights: Object.fromEntries(PAGE_FEATURES.map((feature, k) => [feature, roundTo(weights[k]!, 3)])) as Record<PageFeature, number>, topics };
  return { ranker, answerable: answerable.length, examples: examples.length, before: hits(examples, answerable.length), after: hits(examples, answerable.length, weights) };
}

function exampleOf({ evalCase, question, pages }: SearchResult & { evalCase: EvalCase }, index: SectionIndex, topics: TopicCounts): Example[] {
  const first = pages.slice(0, RERANKED_PAGES);
  const right = first.findIndex((page) => evalCase.expect.some((expected) => pathMatches(expected, page.path)));
  return right < 0 ? [] : [{ rows: pageFeatures(index, question, first, topics), right }];
}

/** The topic of a question's first expected page the index has (eval paths end with the index's); `undefined` if none. */
function expectedTopic(index: SectionIndex, evalCase: EvalCase): string | undefined {
  for (const expected of evalCase.expect) {
    const parts = expected.split('/');
    for (let from = 0; from < parts.length; from++) {
      const topic = topicOfPath(index, parts.slice(from).join('/'));
      if (topic !== undefined) return topic;
    }
  }
  return undefined;
}

/** Topics and words counted in name order, so that the same questions write the same file. */
export function countTopics(asked: readonly Asked[], smoothing: number, wordSmoothing: number): TopicCounts {
  const answered = new Map<string, number>();
  const words = new Map<string, Map<string, number>>();
  for (const { topic, terms } of asked) {
    if (topic === undefined) continue;
    answered.set(topic, (answered.get(topic) ?? 0) + 1);
    let used = words.get(topic);
    if (!used) words.set(topic, (used = new Map()));
    for (const term of terms) used.set(term, (used.get(term) ?? 0) + 1);
  }
  const byName = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    smoothing,
    questions: asked.filter(({ topic }) => topic !== undefined).length,
    answered: Object.fromEntries(byName(answered)),
    wordSmoothing,
    words: Object.fromEntries(byName(words).map(([topic, used]) => [topic, Object.fromEntries(byName(used))])),
  };
}

/** The counts as they would be had this question not been counted (its zero counts stay, as zeros). */
export function withoutQuestion(counts: TopicCounts, { topic, terms }: Asked): TopicCounts {
  if (topic === undefined) return counts;
  const used = { ...counts.words[topic] };
  for (const term of terms) used[term] = used[term]! - 1;
  return { ...counts, questions: counts.questions - 1, answered: { ...counts.answered, [topic]: counts.answered[topic]! - 1 }, words: { ...counts.words, [topic]: used } };
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

function softmax(values: number[]): number[] {
  const max = Math.max(...values);
  const exps = values.map((value) => Math.exp(value - max));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

function dot(row: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < row.length; k++) sum += row[k]! * weights[k]!;
  return sum;
}

