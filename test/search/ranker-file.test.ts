import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_FEATURES } from '../../src/search/page-ranker.js';
import { parseRanker, readRanker } from '../../src/search/ranker-file.js';
import { CONFIG_PATH } from '../knowledge/fixture-paths.js';

const weights = Object.fromEntries(PAGE_FEATURES.map((feature, i) => [feature, i / 10]));
const withoutPrior = Object.fromEntries(Object.entries(weights).filter(([feature]) => feature !== 'prior'));

describe('parseRanker', () => {
  it('takes a weight for every page feature, and ignores what else the file says', () => {
    expect(parseRanker({ $comment: 'learned', trainedOn: ['dev.jsonl'], weights }).weights).toEqual(weights);
  });

  it('takes topic priors whose counts add up to the questions, and none at all', () => {
    const topicPriors = { smoothing: 10, questions: 3, answered: { 'GitLab handbook:paid-time-off': 2, 'Role pages:': 1 } };
    expect(parseRanker({ weights, topicPriors })).toEqual({ weights, topicPriors });
    expect(parseRanker({ weights })).toEqual({ weights });
  });

  it.each([
    [{}, 'expected { "weights": { "feature": number, ... } }'],
    [{ weights: [1, 2] }, 'expected { "weights": { "feature": number, ... } }'],
    [{ weights: { ...weights, pageRank: 1 } }, 'unknown feature "pageRank" (known: scoreRatio, '],
    [{ weights: withoutPrior }, 'no weight for prior; run `onboard train-ranker` again'],
    [{ weights: { ...weights, prior: '0.5' } }, 'the weight of prior is not a number'],
    [{ weights, topicPriors: { smoothing: 0, questions: 0, answered: {} } }, 'expected "topicPriors": { "smoothing": number > 0, "questions": count, "answered": { "topic": count, ... } }'],
    [{ weights, topicPriors: { smoothing: 10, questions: 1, answered: { a: 0.5, b: 0.5 } } }, 'expected "topicPriors": {'],
    [{ weights, topicPriors: { smoothing: 10, questions: 2, answered: ['a', 'b'] } }, 'expected "topicPriors": {'],
    [{ weights, topicPriors: null }, 'expected "topicPriors": {'],
    [{ weights, topicPriors: { smoothing: 10, questions: 5, answered: { a: 2, b: 2 } } }, 'topicPriors: the answered counts add up to 4, not to the 5 questions'],
  ])('rejects %j: %s', (raw, problem) => {
    expect(() => parseRanker(raw, 'ranker.json')).toThrow(`Onboard: ranker ranker.json: ${problem}`);
  });
});

describe('readRanker', () => {
  const folder = mkdtempSync(join(tmpdir(), 'onboard-ranker-'));

  it('names a missing file and a file that is not JSON', () => {
    expect(() => readRanker(join(folder, 'none.json'))).toThrow(/^Onboard: ranker .*none\.json: file not found$/);
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"weights": {');
    expect(() => readRanker(broken)).toThrow(/^Onboard: ranker .*broken\.json: /);
  });

  it('reads the project ranker, with the topics its questions were answered from', () => {
    const ranker = readRanker(resolve(CONFIG_PATH, '..', 'ranker.json'));
    expect(Object.keys(ranker.weights).sort()).toEqual([...PAGE_FEATURES].sort());
    expect(ranker.topicPriors?.answered['Role pages:']).toBeGreaterThan(0);
  });
});
