import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalCase } from '../../src/eval/eval-set.js';
import { countAnswers, trainRanker, withoutQuestion, type Asked, type Counts } from '../../src/eval/train-ranker.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { PAGE_FEATURES, type PageRanker } from '../../src/search/page-ranker.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { HAND_SECTION_WEIGHTS } from '../../src/answer/choose-section.js';
import { searchByWords, searchSections } from '../../src/search/search-sections.js';
import { placeOf } from '../../src/search/topic-folders.js';
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

  it('counts, per topic and per page, the questions answered and the words they were asked in, in name order', () => {
    const codeReview = 'handbook/engineering/workflow/code-review/index.html.md.erb';
    const training = trainRanker(index, [
      ...asking(QUESTION, ['corpus/gitlab/handbook/paid-time-off/index.html.md'], 2),
      { id: 'slo', q: 'how fast should I review an MR', expect: [`knowledge/${codeReview}`], section: 'Review-response SLO' },
      ...asking('what is the capital of Mongolia?', []),
      ...asking(QUESTION, ['handbook/not-a-page.md']),
    ]);
    expect(training.ranker.topics).toEqual({
      smoothing: 10,
      questions: 3,
      answered: { 'GitLab handbook:engineering/workflow': 1, 'GitLab handbook:paid-time-off': 2 },
      wordSmoothing: 40,
      // The questions' concepts as index terms: "off" and "on" are stop words, "MR" stays itself.
      words: {
        'GitLab handbook:engineering/workflow': { fast: 1, mr: 1, review: 1 },
        'GitLab handbook:paid-time-off': { call: 2, engin: 2, merg: 2, request: 2, review: 2, time: 2 },
      },
    });
    expect(training.ranker.pages).toEqual({
      smoothing: 20,
      wordSmoothing: 20,
      answered: { 'GitLab handbook:engineering/workflow/code-review/index.html.md.erb': 1, 'GitLab handbook:paid-time-off/index.html.md': 2 },
      words: {
        'GitLab handbook:engineering/workflow/code-review/index.html.md.erb': { fast: 1, mr: 1, review: 1 },
        'GitLab handbook:paid-time-off/index.html.md': { call: 2, engin: 2, merg: 2, request: 2, review: 2, time: 2 },
      },
      sectionSmoothing: 5,
      // Only the question that names its section counts there, under the heading in lower case.
      sections: { 'GitLab handbook:engineering/workflow/code-review/index.html.md.erb': { 'review-response slo': 1 } },
      sectionWordSmoothing: 10,
      // And in which words it was asked there.
      sectionWords: { 'GitLab handbook:engineering/workflow/code-review/index.html.md.erb': { 'review-response slo': { fast: 1, mr: 1, review: 1 } } },
    });
    expect(placeOf(index, codeReview)?.topic).toBe('GitLab handbook:engineering/workflow');
  });

  it("learns the topic features from counts that leave each question out, as a new question meets them: one question alone teaches them nothing", () => {
    const second = searchByWords(index, QUESTION).pages[1]!.path;
    const training = trainRanker(index, asking(QUESTION, [second]));
    expect(training.examples).toBe(1);
    expect(training.ranker.topics!.answered).toEqual({ [placeOf(index, second)!.topic]: 1 });
    for (const feature of ['topicPrior', 'topicWords', 'pagePrior', 'pageWords'] as const) expect(training.ranker.weights[feature]).toBeCloseTo(0, 3);
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

describe('trainRanker: the quoted section', () => {
  const ON_CALL = 'what do I do when I\'m on call';
  const onCall = (copies: number, phrase?: string): EvalCase[] =>
    asking(ON_CALL, ['knowledge/handbook/on-call/index.html.md'], copies).map((evalCase) => (phrase ? { ...evalCase, phrase } : evalCase));
  const quotedFor = (ranker: PageRanker | undefined) => answerQuestion({ ...index, ranker }, ON_CALL).sources[0]!.section;

  it('learns to quote the section that holds its questions\' phrase where the hand-set weighing quotes another', () => {
    // The hand-set weighing quotes the page's opening, whose alerts name the on-call engineer.
    expect(quotedFor(undefined)).toBe('');
    const training = trainRanker(index, onCall(20, 'expected to be available and ready to respond'));
    expect(training.sections).toEqual({ examples: 20, before: 0, after: 1 });
    expect(quotedFor(training.ranker)).toBe('Expectations for On-Call');
  });

  it('keeps the hand-set weighing where no question tells its sections apart', () => {
    const withoutPhrase = trainRanker(index, onCall(20));
    expect(withoutPhrase.sections.examples).toBe(0);
    expect(withoutPhrase.ranker.sectionWeights).toEqual(HAND_SECTION_WEIGHTS);
    // Every candidate section of the page says "on call": the phrase tells none apart.
    expect(trainRanker(index, onCall(20, 'on call')).ranker.sectionWeights).toEqual(HAND_SECTION_WEIGHTS);
  });
});

describe('withoutQuestion', () => {
  /** Counts with their zeros dropped: what counting without the question would have written. */
  const nonZero = ({ topics, pages }: Counts): Counts => ({
    topics: { ...topics, answered: positive(topics.answered), words: positiveEach(topics.words) },
    pages: {
      ...pages,
      answered: positive(pages.answered),
      words: positiveEach(pages.words),
      sections: positiveEach(pages.sections),
      sectionWords: Object.fromEntries(
        Object.entries(pages.sectionWords)
          .map(([page, sections]) => [page, positiveEach(sections)] as const)
          .filter(([, sections]) => Object.keys(sections).length > 0),
      ),
    },
  });
  const positive = (counts: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
  const positiveEach = (counts: Readonly<Record<string, Readonly<Record<string, number>>>>) =>
    Object.fromEntries(
      Object.entries(counts)
        .map(([name, words]) => [name, positive(words)] as const)
        .filter(([, words]) => Object.keys(words).length > 0),
    );

  it('leaves a question out of the topic, page, word and section counts as if it had never been counted', () => {
    const asked: Asked[] = [
      { place: { topic: 'A', page: 'A:one' }, terms: ['pto', 'notic'], section: 'notice' },
      { place: { topic: 'A', page: 'A:one' }, terms: ['notic'], section: 'notice' },
      { place: { topic: 'A', page: 'A:one' }, terms: ['pto'], section: 'pay' },
      { place: { topic: 'A', page: 'A:two' }, terms: ['notic'] },
      { place: { topic: 'B', page: 'B:one' }, terms: ['pto'] },
      { place: undefined, terms: ['mongolia'] },
    ];
    const all = countAnswers(asked);
    asked.forEach((question, i) => {
      expect(nonZero(withoutQuestion(all, question))).toEqual(countAnswers(asked.filter((_, j) => j !== i)));
    });
  });
});
