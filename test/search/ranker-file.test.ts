import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_FEATURES, SECTION_FEATURES } from '../../src/search/page-ranker.js';
import { parseRanker, readRanker } from '../../src/search/ranker-file.js';
import { CONFIG_PATH } from '../knowledge/fixture-paths.js';

const weights = Object.fromEntries(PAGE_FEATURES.map((feature, i) => [feature, i / 10]));
const withoutPrior = Object.fromEntries(Object.entries(weights).filter(([feature]) => feature !== 'prior'));
const sectionWeights = Object.fromEntries(SECTION_FEATURES.map((feature, i) => [feature, i / 10]));
const withoutDepth = Object.fromEntries(Object.entries(sectionWeights).filter(([feature]) => feature !== 'depth'));

describe('parseRanker', () => {
  it('takes a weight for every page feature, and ignores what else the file says', () => {
    expect(parseRanker({ $comment: 'learned', trainedOn: ['dev.jsonl'], weights }).weights).toEqual(weights);
  });

  const topics = { smoothing: 10, questions: 3, answered: { 'GitLab handbook:paid-time-off': 2, 'Role pages:': 1 }, wordSmoothing: 40, words: { 'GitLab handbook:paid-time-off': { pto: 2 }, 'Role pages:': {} } };
  const SHAPE = 'expected "topics": { "smoothing": number > 0, "questions": count, "answered": { "topic": count, ... }, "wordSmoothing": number > 0, "words": { "topic": { "term": count, ... }, ... } }';

  const pages = {
    smoothing: 20,
    wordSmoothing: 20,
    answered: { 'GitLab handbook:paid-time-off/index.html.md': 2 },
    words: { 'GitLab handbook:paid-time-off/index.html.md': { pto: 2 } },
    sectionSmoothing: 5,
    sections: { 'GitLab handbook:paid-time-off/index.html.md': { 'communicating your time off': 2 } },
    sectionWordSmoothing: 10,
    sectionWords: { 'GitLab handbook:paid-time-off/index.html.md': { 'communicating your time off': { pto: 2 } } },
  };
  const PAGES_SHAPE =
    'expected "pages": { "smoothing": number > 0, "wordSmoothing": number > 0, "answered": { "page": count, ... }, "words": { "page": { "term": count, ... }, ... }, "sectionSmoothing": number > 0, "sections": { "page": { "heading": count, ... }, ... }, "sectionWordSmoothing": number > 0, "sectionWords": { "page": { "heading": { "term": count, ... }, ... }, ... } }';

  it('takes topic counts whose answered counts add up to the questions, page counts, and none at all', () => {
    expect(parseRanker({ weights, topics, pages })).toEqual({ weights, topics, pages });
    expect(parseRanker({ weights })).toEqual({ weights });
  });

  it('takes a weight for every section feature, where the file has them', () => {
    expect(parseRanker({ weights, sectionWeights })).toEqual({ weights, sectionWeights });
  });

  it.each([
    [{}, 'expected { "weights": { "feature": number, ... } }'],
    [{ weights: [1, 2] }, 'expected { "weights": { "feature": number, ... } }'],
    [{ weights: { ...weights, pageRank: 1 } }, 'weights: unknown feature "pageRank" (known: scoreRatio, '],
    [{ weights: withoutPrior }, 'weights: no weight for prior; run `onboard train-ranker` again'],
    [{ weights: { ...weights, prior: '0.5' } }, 'weights: the weight of prior is not a number'],
    [{ weights, sectionWeights: null }, 'expected { "sectionWeights": { "feature": number, ... } }'],
    [{ weights, sectionWeights: { ...sectionWeights, heading: 1 } }, 'sectionWeights: unknown feature "heading" (known: score, said, '],
    [{ weights, sectionWeights: withoutDepth }, 'sectionWeights: no weight for depth; run `onboard train-ranker` again'],
    [{ weights, sectionWeights: { ...sectionWeights, said: Number.NaN } }, 'sectionWeights: the weight of said is not a number'],
    [{ weights, topics: { ...topics, smoothing: 0 } }, SHAPE],
    [{ weights, topics: { ...topics, wordSmoothing: -1 } }, SHAPE],
    [{ weights, topics: { ...topics, answered: { a: 1.5, b: 1.5 } } }, SHAPE],
    [{ weights, topics: { ...topics, answered: ['a', 'b'] } }, SHAPE],
    [{ weights, topics: { ...topics, words: { a: { pto: -1 } } } }, SHAPE],
    [{ weights, topics: { ...topics, words: { a: [1] } } }, SHAPE],
    [{ weights, topics: null }, SHAPE],
    [{ weights, topics: { ...topics, questions: 5 } }, 'topics: the answered counts add up to 3, not to the 5 questions'],
    [{ weights, topics, pages: { ...pages, smoothing: 0 } }, PAGES_SHAPE],
    [{ weights, topics, pages: { ...pages, answered: { a: -1 } } }, PAGES_SHAPE],
    [{ weights, topics, pages: { ...pages, words: { a: { pto: 'two' } } } }, PAGES_SHAPE],
    [{ weights, topics, pages: [] }, PAGES_SHAPE],
    [{ weights, topics, pages: { ...pages, sectionSmoothing: undefined } }, PAGES_SHAPE],
    [{ weights, topics, pages: { ...pages, sections: { a: { b: 0.5 } } } }, PAGES_SHAPE],
    [{ weights, topics, pages: { ...pages, sectionWordSmoothing: 0 } }, PAGES_SHAPE],
    [{ weights, topics, pages: { ...pages, sectionWords: { a: { b: 1 } } } }, PAGES_SHAPE],
    [{ weights, topics, pages: { ...pages, sectionWords: { a: { b: { pto: -2 } } } } }, PAGES_SHAPE],
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

  it('reads the project ranker, with its section weights and the topics its questions were answered from and their words', () => {
    const ranker = readRanker(resolve(CONFIG_PATH, '..', 'ranker.json'));
    expect(Object.keys(ranker.weights).sort()).toEqual([...PAGE_FEATURES].sort());
    expect(Object.keys(ranker.sectionWeights ?? {})).toEqual([...SECTION_FEATURES]);
    expect(ranker.topics?.answered['Role pages:']).toBeGreaterThan(0);
    expect(ranker.pages?.answered['Role pages:developer.md']).toBe(ranker.topics?.answered['Role pages:']);
  });
});
