import { isFiniteNumber, readJsonFile } from '../knowledge/json-file.js';
import { PAGE_FEATURES, type PageFeature, type PageRanker, type TopicPriors } from './page-ranker.js';

export class RankerError extends Error {
  constructor(path: string, problem: string) {
    super(`Onboard: ranker ${path}: ${problem}`);
    this.name = 'RankerError';
  }
}

/**
 * `{ "weights": { "scoreRatio": 1.2, ... }, "topicPriors": { "smoothing": 10, "questions": 3, "answered": { "topic": 3 } } }`:
 * every feature of `PAGE_FEATURES` once, a finite number each; the topic priors, if there, counts that add up.
 */
export function parseRanker(raw: unknown, path = '<inline>'): PageRanker {
  const weights = (raw as { weights?: unknown } | null)?.weights;
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) throw new RankerError(path, 'expected { "weights": { "feature": number, ... } }');
  const entries = Object.entries(weights);
  const unknown = entries.map(([name]) => name).filter((name) => !(PAGE_FEATURES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new RankerError(path, `unknown feature ${unknown.map((name) => `"${name}"`).join(', ')} (known: ${PAGE_FEATURES.join(', ')})`);
  const missing = PAGE_FEATURES.filter((feature) => !(feature in weights));
  if (missing.length > 0) throw new RankerError(path, `no weight for ${missing.join(', ')}; run \`onboard train-ranker\` again`);
  const bad = entries.filter(([, value]) => !isFiniteNumber(value)).map(([name]) => name);
  if (bad.length > 0) throw new RankerError(path, `the weight of ${bad.join(', ')} is not a number`);
  const topicPriors = (raw as { topicPriors?: unknown }).topicPriors;
  if (topicPriors === undefined) return { weights: weights as Record<PageFeature, number> };
  return { weights: weights as Record<PageFeature, number>, topicPriors: parseTopicPriors(topicPriors, path) };
}

function parseTopicPriors(raw: unknown, path: string): TopicPriors {
  const { smoothing, questions, answered } = (raw ?? {}) as Partial<Record<keyof TopicPriors, unknown>>;
  const counts = typeof answered === 'object' && answered !== null && !Array.isArray(answered) ? Object.values(answered) : undefined;
  const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
  if (!isFiniteNumber(smoothing) || smoothing <= 0 || !isCount(questions) || !counts?.every(isCount)) {
    throw new RankerError(path, 'expected "topicPriors": { "smoothing": number > 0, "questions": count, "answered": { "topic": count, ... } }');
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total !== questions) throw new RankerError(path, `topicPriors: the answered counts add up to ${total}, not to the ${questions} questions`);
  return { smoothing, questions, answered: answered as Record<string, number> };
}

export function readRanker(path: string): PageRanker {
  const raw = readJsonFile(path, (reason) => {
    throw new RankerError(path, reason);
  });
  return parseRanker(raw, path);
}
