import { isFiniteNumber, readJsonFile } from '../knowledge/json-file.js';
import { PAGE_FEATURES, type PageFeature, type PageRanker } from './page-ranker.js';

export class RankerError extends Error {
  constructor(path: string, problem: string) {
    super(`Onboard: ranker ${path}: ${problem}`);
    this.name = 'RankerError';
  }
}

/** `{ "weights": { "scoreRatio": 1.2, ... } }`: every feature of `PAGE_FEATURES` once, a finite number each. */
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
  return { weights: weights as Record<PageFeature, number> };
}

export function readRanker(path: string): PageRanker {
  const raw = readJsonFile(path, (reason) => {
    throw new RankerError(path, reason);
  });
  return parseRanker(raw, path);
}
