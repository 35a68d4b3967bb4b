import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalCase } from '../../src/eval/eval-set.js';
import { trainRanker } from '../../src/eval/train-ranker.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { PAGE_FEATURES } from '../../src/search/page-ranker.js';
import { searchByWords, searchSections } from '../../src/search/search-sections.js';
import { topicOfPath } from '../../src/search/topic-folders.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

let index: SectionIndex;

beforeAll(() => {
  const config = loadProjectConfig();
  index = buildSectionIndex(loadKnowledge([FIXTURE_KNOWLEDGE], config).sections, config, loadSynonyms(SYNONYMS_PATH));
});

const QUESTION = 'review merge request time off on-call engineer';
const asking = (q: string, expect: string[], copies = 1): EvalCase[] => Array.from({ length: copies }, (_, i) => ({ id: `c${i}`, q, expect }));

describe('trainRanker', () => {
  it('learns to put first the page its questions expect where the words put it second', () => {
    const second = searchByWords(index, QUESTION).pages[1]!.path;
    const training = trainRanker(index, asking(QUESTION, [`knowledge/${second}`], 20));
    expect(training.before).toEqual({ hitAt1: 0, hitAt3: 1 });
    expect(training.after).toEqual({ hitAt1: 1, hitAt3: 1 });
    expect(searchSections({ ...index, ranker: training.ranker }, QUESTION).pages[0]!.path).toBe(second);
  });

  it('gives every feature a finite weight, the same on every run', () => {
    const cases = [...asking(QUESTION, ['handbook/paid-time-off/index.html.md']), ...asking('how fast should I review an MR', ['knowledge/handbook/engineering/workflow/code-review/index.html.md.erb'])];
    const first = trainRanker(index, cases);
    expect(Object.keys(first.ranker.weights)).toEqual([...PAGE_FEATURES]);
    for (const weight of Object.values(first.ranker.weights)) expect(Number.isFinite(weight)).toBe(true);
    expect(trainRanker(index, cases).ranker).toEqual(first.ranker);
  });

  it('counts, per topic, the questions its pages answered: the topic priors, in name order', () => {
    const codeReview = 'handbook/engineering/workflow/code-review/index.html.md.erb';
    const training = trainRanker(index, [
      ...asking(QUESTION, ['corpus/gitlab/handbook/paid-time-off/index.html.md'], 2),
      ...asking('how fast should I review an MR', [`knowledge/${codeReview}`]),
      ...asking('what is the capital of Mongolia?', []),
      ...asking(QUESTION, ['handbook/not-a-page.md']),
    ]);
    expect(training.ranker.topicPriors).toEqual({ smoothing: 10, questions: 3, answered: { 'GitLab handbook:engineering/workflow': 1, 'GitLab handbook:paid-time-off': 2 } });
    expect(topicOfPath(index, codeReview)).toBe('GitLab handbook:engineering/workflow');
  });

  it("learns the topic prior's weight from priors that leave each question's own page out, as a new question would see them", () => {
    // Every question is the only one from its topic: left out, none of them is answered from where its page is.
    const pages = searchByWords(index, QUESTION).pages.slice(0, 4).map((page) => page.path);
    const distinct = pages.filter((path, i) => pages.findIndex((other) => topicOfPath(index, other) === topicOfPath(index, path)) === i);
    expect(distinct.length).toBeGreaterThan(1);
    const training = trainRanker(index, distinct.map((path, i) => ({ id: `c${i}`, q: QUESTION, expect: [path] })));
    expect(training.ranker.weights.topicPrior).toBeLessThanOrEqual(0);
  });

  it('learns only from answerable questions whose page is among the first ones, and counts the others as misses', () => {
    const training = trainRanker(index, [
      ...asking(QUESTION, ['handbook/paid-time-off/index.html.md']),
      ...asking('what is the capital of Mongolia?', []),
      ...asking(QUESTION, ['handbook/not-a-page.md']),
    ]);
    expect({ answerable: training.answerable, examples: training.examples }).toEqual({ answerable: 2, examples: 1 });
    expect(training.before.hitAt3).toBeLessThanOrEqual(0.5);
  });
});
