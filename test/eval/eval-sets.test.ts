import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { readEvalSet } from '../../src/eval/eval-set.js';
import { scoreCase, summarize, type EvalMetrics } from '../../src/eval/score-eval.js';
import { CONFIG_PATH, REPO_ROOT } from '../knowledge/fixture-paths.js';

// The same runs as `npm run eval` and `npm run eval:independent`: over the seed role page and the full corpus.
const SHARED = resolve(REPO_ROOT, '..', 'shared');

let metrics: EvalMetrics;
let independent: EvalMetrics;

beforeAll(async () => {
  const assistant = await createAssistant({ roots: [resolve(SHARED, 'seed'), resolve(SHARED, 'corpus')], configPath: CONFIG_PATH, cachePath: false });
  const measure = (path: string) => summarize(readEvalSet(path).map((evalCase) => scoreCase(evalCase, assistant.answer(evalCase.q))));
  metrics = measure(resolve(SHARED, 'eval', 'dev.jsonl'));
  independent = measure(resolve(REPO_ROOT, 'eval', 'independent.jsonl'));
}, 240_000);

/**
 * Floors a little below what `npm run eval` printed when they were set (hit@1 0.806, hit@3 0.889,
 * phrase 0.722, wrongly declined 0.000, unanswerable declined 1.000): one question's worth of slack,
 * so tuning may move the numbers but not sink them.
 */
describe('dev eval set', () => {
  it('has the questions it had', () => {
    expect({ answerable: metrics.answerable, unanswerable: metrics.unanswerable }).toEqual({ answerable: 36, unanswerable: 4 });
  });

  it('puts an expected page first for at least 77% of answerable questions', () => {
    expect(metrics.hitAt1).toBeGreaterThanOrEqual(0.77);
  });

  it('puts an expected page in the top three for at least 86%', () => {
    expect(metrics.hitAt3).toBeGreaterThanOrEqual(0.86);
  });

  it('quotes the expected phrase for at least 69%', () => {
    expect(metrics.phrase).toBeGreaterThanOrEqual(0.69);
  });

  it('declines at most 3% of answerable questions', () => {
    expect(metrics.wronglyDeclined).toBeLessThanOrEqual(0.03);
  });

  it('declines at least three of the four unanswerable questions', () => {
    expect(metrics.correctlyDeclined).toBeGreaterThanOrEqual(0.75);
  });
});

/**
 * The chattier set written without the dev set (see README, Answer quality), with floors one question
 * below what `npm run eval:independent` printed when they were set (hit@1 0.684, hit@3 0.789, phrase
 * 0.500, wrongly declined 0.000, unanswerable declined 1.000).
 */
describe('independent eval set', () => {
  it('has the questions it had', () => {
    expect({ answerable: independent.answerable, unanswerable: independent.unanswerable }).toEqual({ answerable: 38, unanswerable: 6 });
  });

  it('puts an expected page first for at least 65% of answerable questions', () => {
    expect(independent.hitAt1).toBeGreaterThanOrEqual(0.65);
  });

  it('puts an expected page in the top three for at least 76%', () => {
    expect(independent.hitAt3).toBeGreaterThanOrEqual(0.76);
  });

  it('quotes the expected phrase for at least 47%', () => {
    expect(independent.phrase).toBeGreaterThanOrEqual(0.47);
  });

  it('declines at most 3% of answerable questions', () => {
    expect(independent.wronglyDeclined).toBeLessThanOrEqual(0.03);
  });

  it('declines at least five of the six unanswerable questions', () => {
    expect(independent.correctlyDeclined).toBeGreaterThanOrEqual(0.83);
  });
});
