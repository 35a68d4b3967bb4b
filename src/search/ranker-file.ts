import { isFiniteNumber, readJsonFile } from '../knowledge/json-file.js';
import { PAGE_FEATURES, SECTION_FEATURES, type PageCounts, type PageRanker, type TopicCounts } from './page-ranker.js';

export class RankerError extends Error {
  constructor(path: string, problem: string) {
    super(`Onboard: ranker ${path}: ${problem}`);
    this.name = 'RankerError';
  }
}

/**
 * `{ "weights": { "scoreRatio": 1.2, ... }, "sectionWeights": { "score": 1, ... }, "topics": { ... }, "pages": { ... } }`:
 * every feature of `PAGE_FEATURES` once, a finite number each; if there, every feature of
 * `SECTION_FEATURES` the same way, and the topic and page counts (`TopicCounts`, `PageCounts`), counts
 * that add up.
 */
export function parseRanker(raw: unknown, path = '<inline>'): PageRanker {
  const { weights, sectionWeights, topics, pages } = (raw ?? {}) as { weights?: unknown; sectionWeights?: unknown; topics?: unknown; pages?: unknown };
  return {
    weights: parseWeights(weights, PAGE_FEATURES, 'weights', path),
    ...(sectionWeights === undefined ? {} : { sectionWeights: parseWeights(sectionWeights, SECTION_FEATURES, 'sectionWeights', path) }),
    ...(topics === undefined ? {} : { topics: parseTopicCounts(topics, path) }),
    ...(pages === undefined ? {} : { pages: parsePageCounts(pages, path) }),
  };
}

/** Every feature once, a finite number each. */
function parseWeights<F extends string>(weights: unknown, features: readonly F[], key: string, path: string): Record<F, number> {
  if (!isRecord(weights)) throw new RankerError(path, `expected { "${key}": { "feature": number, ... } }`);
  const entries = Object.entries(weights);
  const unknown = entries.map(([name]) => name).filter((name) => !(features as readonly string[]).includes(name));
  if (unknown.length > 0) throw new RankerError(path, `${key}: unknown feature ${unknown.map((name) => `"${name}"`).join(', ')} (known: ${features.join(', ')})`);
  const missing = features.filter((feature) => !(feature in weights));
  if (missing.length > 0) throw new RankerError(path, `${key}: no weight for ${missing.join(', ')}; run \`onboard train-ranker\` again`);
  const bad = entries.filter(([, value]) => !isFiniteNumber(value)).map(([name]) => name);
  if (bad.length > 0) throw new RankerError(path, `${key}: the weight of ${bad.join(', ')} is not a number`);
  return weights as Record<F, number>;
}

function parseTopicCounts(raw: unknown, path: string): TopicCounts {
  const { smoothing, questions, answered, wordSmoothing, words } = (raw ?? {}) as Partial<Record<keyof TopicCounts, unknown>>;
  const perTopic = isRecord(words) ? Object.values(words).map(countsIn) : undefined;
  const byTopic = countsIn(answered);
  if (!isPositive(smoothing) || !isPositive(wordSmoothing) || !isCount(questions) || !byTopic || !perTopic?.every(Boolean)) {
    throw new RankerError(path, TOPICS_SHAPE);
  }
  const total = Object.values(byTopic).reduce((sum, count) => sum + count, 0);
  if (total !== questions) throw new RankerError(path, `topics: the answered counts add up to ${total}, not to the ${questions} questions`);
  return { smoothing, questions, answered: byTopic, wordSmoothing, words: words as TopicCounts['words'] };
}

function parsePageCounts(raw: unknown, path: string): PageCounts {
  const { smoothing, wordSmoothing, answered, words, sectionSmoothing, sections, sectionWordSmoothing, sectionWords } = (raw ?? {}) as Partial<Record<keyof PageCounts, unknown>>;
  const byPage = countsIn(answered);
  const countsPerPage = (value: unknown) => isRecord(value) && Object.values(value).every((counts) => countsIn(counts) !== undefined);
  const countsPerSection = isRecord(sectionWords) && Object.values(sectionWords).every(countsPerPage);
  const smoothed = isPositive(smoothing) && isPositive(wordSmoothing) && isPositive(sectionSmoothing) && isPositive(sectionWordSmoothing);
  if (!smoothed || !byPage || !countsPerPage(words) || !countsPerPage(sections) || !countsPerSection) throw new RankerError(path, PAGES_SHAPE);
  return {
    smoothing,
    wordSmoothing,
    answered: byPage,
    words: words as PageCounts['words'],
    sectionSmoothing,
    sections: sections as PageCounts['sections'],
    sectionWordSmoothing,
    sectionWords: sectionWords as PageCounts['sectionWords'],
  };
}

function countsIn(value: unknown): Record<string, number> | undefined {
  return isRecord(value) && Object.values(value).every(isCount) ? (value as Record<string, number>) : undefined;
}

const PAGES_SHAPE =
  'expected "pages": { "smoothing": number > 0, "wordSmoothing": number > 0, "answered": { "page": count, ... }, "words": { "page": { "term": count, ... }, ... }, "sectionSmoothing": number > 0, "sections": { "page": { "heading": count, ... }, ... }, "sectionWordSmoothing": number > 0, "sectionWords": { "page": { "heading": { "term": count, ... }, ... }, ... } }';

const TOPICS_SHAPE = 'expected "topics": { "smoothing": number > 0, "questions": count, "answered": { "topic": count, ... }, "wordSmoothing": number > 0, "words": { "topic": { "term": count, ... }, ... } }';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isPositive(value: unknown): value is number {
  return isFiniteNumber(value) && value > 0;
}

export function readRanker(path: string): PageRanker {
  const raw = readJsonFile(path, (reason) => {
    throw new RankerError(path, reason);
  });
  return parseRanker(raw, path);
}
