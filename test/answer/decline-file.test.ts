import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeclineModel, readDeclineModel } from '../../src/answer/decline-file.js';
import { CONFIG_PATH } from '../knowledge/fixture-paths.js';

describe('parseDeclineModel', () => {
  it('takes the bias, the thresholds and the weights, and ignores what else the file says', () => {
    const model = parseDeclineModel({ $comment: 'learned', trainedOn: ['dev.jsonl'], bias: -0.5, threshold: 0.6, unsureThreshold: 0.55, weights: { 'w:yet': 0.4, 'first:how': -0.3 } });
    expect(model).toEqual({ bias: -0.5, threshold: 0.6, unsureThreshold: 0.55, weights: new Map([['w:yet', 0.4], ['first:how', -0.3]]) });
  });

  it('gives unsure answers the one threshold of a file from before the unsure threshold', () => {
    expect(parseDeclineModel({ bias: 0, threshold: 0.6, weights: {} }).unsureThreshold).toBe(0.6);
  });

  it.each([
    [null, 'expected { "bias": number, "threshold": number, "weights": { "feature": number, ... } }'],
    [{ bias: 0, threshold: 0.5, weights: [1] }, 'expected { "bias": number, "threshold": number, "weights": { "feature": number, ... } }'],
    [{ bias: '0', threshold: 0.5, weights: {} }, '"bias" is not a number'],
    [{ bias: 0, weights: {} }, '"threshold" is not a probability between 0 and 1'],
    [{ bias: 0, threshold: 1, weights: {} }, '"threshold" is not a probability between 0 and 1'],
    [{ bias: 0, threshold: 0.5, unsureThreshold: 0, weights: {} }, '"unsureThreshold" is not a probability between 0 and 1'],
    [{ bias: 0, threshold: 0.5, unsureThreshold: '0.4', weights: {} }, '"unsureThreshold" is not a probability between 0 and 1'],
    [{ bias: 0, threshold: 0.5, weights: { 'w:a': 1, 'w:b': null, 'w:c': 'x', 'w:d': {}, 'w:e': [] } }, 'the weight of "w:b", "w:c", "w:d" and 1 more is not a number'],
  ])('rejects %j: %s', (raw, problem) => {
    expect(() => parseDeclineModel(raw, 'decline.json')).toThrow(`Onboard: decline model decline.json: ${problem}`);
  });
});

describe('readDeclineModel', () => {
  const folder = mkdtempSync(join(tmpdir(), 'onboard-decline-'));

  it('names a missing file and a file that is not JSON', () => {
    expect(() => readDeclineModel(join(folder, 'none.json'))).toThrow(/^Onboard: decline model .*none\.json: file not found$/);
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"weights": {');
    expect(() => readDeclineModel(broken)).toThrow(/^Onboard: decline model .*broken\.json: /);
  });

  it("reads the project's model", () => {
    const model = readDeclineModel(resolve(CONFIG_PATH, '..', 'decline.json'));
    expect(model.weights.size).toBeGreaterThan(100);
    expect(model.threshold).toBeGreaterThanOrEqual(0.5);
  });
});
