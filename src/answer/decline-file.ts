import { isFiniteNumber, readJsonFile } from '../knowledge/json-file.js';
import type { DeclineModel } from './decline-model.js';

export class DeclineModelError extends Error {
  constructor(path: string, problem: string) {
    super(`Onboard: decline model ${path}: ${problem}`);
    this.name = 'DeclineModelError';
  }
}

/**
 * `{ "bias": number, "threshold": p, "unsureThreshold": p, "weights": { "feature": number, ... } }`, each
 * p between 0 and 1; without `unsureThreshold` (a file from before it), unsure answers use `threshold`.
 * Anything else in the file is ignored.
 */
export function parseDeclineModel(raw: unknown, path = '<inline>'): DeclineModel {
  const { bias, threshold, unsureThreshold = threshold, weights } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) throw new DeclineModelError(path, 'expected { "bias": number, "threshold": number, "weights": { "feature": number, ... } }');
  if (!isFiniteNumber(bias)) throw new DeclineModelError(path, '"bias" is not a number');
  if (!isProbability(threshold)) throw new DeclineModelError(path, '"threshold" is not a probability between 0 and 1');
  if (!isProbability(unsureThreshold)) throw new DeclineModelError(path, '"unsureThreshold" is not a probability between 0 and 1');
  const bad = Object.entries(weights).filter(([, value]) => !isFiniteNumber(value)).map(([name]) => `"${name}"`);
  if (bad.length > 0) throw new DeclineModelError(path, `the weight of ${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''} is not a number`);
  return { bias, threshold, unsureThreshold, weights: new Map(Object.entries(weights as Record<string, number>)) };
}

export function readDeclineModel(path: string): DeclineModel {
  const raw = readJsonFile(path, (reason) => {
    throw new DeclineModelError(path, reason);
  });
  return parseDeclineModel(raw, path);
}

function isProbability(value: unknown): value is number {
  return isFiniteNumber(value) && value > 0 && value < 1;
}
