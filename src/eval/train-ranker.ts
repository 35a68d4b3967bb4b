import { pageFeatures } from '../search/page-features.js';
import { PAGE_FEATURES, type PageFeature, type PageRanker } from '../search/page-ranker.js';
import { RERANKED_PAGES } from '../search/rerank-pages.js';
import { searchByWords } from '../search/search-sections.js';
import type { SectionIndex } from '../search/section-index.js';
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
  epochs?: number;
  learningRate?: number;
}

/**
 * Learns `PAGE_FEATURES` weights from labelled questions (eval files): multinomial logistic regression
 * over each question's first pages, the right one as the class, by full-batch gradient ascent from the
 * word search's own order. Deterministic: the same questions and index give the same weights.
 */
export function trainRanker(index: SectionIndex, cases: readonly EvalCase[], options: RankerOptions = {}): RankerTraining {
  const { penalty = 0.01, epochs = 400, learningRate = 0.2 } = options;
  const answerable = cases.filter((evalCase) => evalCase.expect.length > 0);
  const examples = answerable.flatMap((evalCase) => exampleOf(index, evalCase));
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
  const ranker: PageRanker = { weights: Object.fromEntries(PAGE_FEATURES.map((feature, k) => [feature, roundTo(weights[k]!, 3)])) as Record<PageFeature, number> };
  return { ranker, answerable: answerable.length, examples: examples.length, before: hits(examples, answerable.length), after: hits(examples, answerable.length, weights) };
}

function exampleOf(index: SectionIndex, evalCase: EvalCase): Example[] {
  const { question, pages } = searchByWords(index, evalCase.q);
  const first = pages.slice(0, RERANKED_PAGES);
  const right = first.findIndex((page) => evalCase.expect.some((expected) => pathMatches(expected, page.path)));
  return right < 0 ? [] : [{ rows: pageFeatures(index, question, first), right }];
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

