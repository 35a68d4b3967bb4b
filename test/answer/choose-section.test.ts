import { beforeAll, describe, expect, it } from 'vitest';
import { chooseSection, HAND_SECTION_WEIGHTS, sectionCandidates, type SectionCandidate, type SectionChoice, type SectionWeights } from '../../src/answer/choose-section.js';
import { readQuestion } from '../../src/answer/read-question.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { SECTION_FEATURES } from '../../src/search/page-ranker.js';
import { searchByWords } from '../../src/search/search-sections.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

let index: SectionIndex;

beforeAll(() => {
  const config = loadProjectConfig();
  index = buildSectionIndex(loadKnowledge([FIXTURE_KNOWLEDGE], config).sections, config, loadSynonyms(SYNONYMS_PATH));
});

const ON_CALL = "what do I do when I'm on call";

/** The first page's section choice for a question, with the given weights. */
function choose(question: string, weights: SectionWeights = HAND_SECTION_WEIGHTS, findCloseSection = true): SectionChoice {
  const { question: parsed, pages } = searchByWords(index, question);
  const reading = readQuestion(index, parsed);
  return chooseSection(pages[0]!, reading, reading.pageReading(pages[0]!.path, findCloseSection), weights);
}

const headingOf = (choice: SectionChoice) => choice.page.hits[0]!.section.headings.at(-1);

describe('chooseSection', () => {
  it('quotes, with the hand-set weights, the section its search score, what it says of the question and its heading weigh most', () => {
    // The on-call page's opening says "on call" in its alerts, and its heading is the page title's, which the question says.
    expect(headingOf(choose(ON_CALL))).toBe('On-Call');
  });

  it('quotes another section where the weights say so, and moves it to the front of the page\'s hits', () => {
    const deeper = choose(ON_CALL, { ...HAND_SECTION_WEIGHTS, depth: 1 });
    expect(headingOf(deeper)).toBe('Expectations for On-Call');
    expect(deeper.page.hits).toHaveLength(choose(ON_CALL).page.hits.length);
  });

  it('offers the runner-up as a close second section when it weighs at least 0.3 of the first, and only when asked to', () => {
    expect(choose(ON_CALL).closeSection?.section.headings.at(-1)).toBe('Expectations for On-Call');
    expect(choose(ON_CALL, HAND_SECTION_WEIGHTS, false).closeSection).toBeUndefined();
    // Far apart: the runner-up weighs e^-3 of the first.
    expect(choose(ON_CALL, { ...HAND_SECTION_WEIGHTS, depth: -3 }).closeSection).toBeUndefined();
  });
});

describe('sectionCandidates', () => {
  it('reads each of the page\'s best sections by score, with a finite value for every feature', () => {
    const { question, pages } = searchByWords(index, ON_CALL);
    const reading = readQuestion(index, question);
    const candidates = sectionCandidates(pages[0]!, reading, reading.pageReading(pages[0]!.path, false));
    expect(candidates.map(({ hit }) => hit.score)).toEqual([...candidates.map(({ hit }) => hit.score)].sort((a, b) => b - a));
    for (const { row } of candidates) {
      expect(row).toHaveLength(SECTION_FEATURES.length);
      for (const value of row) expect(Number.isFinite(value)).toBe(true);
    }
    // The best by score has a score ratio of 1 (log 0), and the page's opening sits at depth 0.
    expect(candidates[0]!.row[SECTION_FEATURES.indexOf('score')]).toBe(0);
    const opening = candidates.find(({ hit }) => hit.section.headings.length === 1)!;
    expect(opening.row[SECTION_FEATURES.indexOf('depth')]).toBe(0);
  });

  it('never offers as a close second a section that says nothing of the question, however close it weighs', () => {
    const { question, pages } = searchByWords(index, 'how fast should I review an MR');
    const reading = readQuestion(index, question);
    const candidates = sectionCandidates(pages[0]!, reading, reading.pageReading(pages[0]!.path, false));
    const [first, sayer] = candidates.filter(({ saysAny }) => saysAny);
    const silent = candidates.find(({ saysAny }) => !saysAny)!;
    // Weighed by score alone, a section scoring 0.99 of the first weighs 0.99 of it.
    const byScore = Object.fromEntries(SECTION_FEATURES.map((feature) => [feature, feature === 'score' ? 1 : 0])) as SectionWeights;
    const secondTo = (second: SectionCandidate) => {
      const page = { ...pages[0]!, hits: [{ ...first!.hit, score: 10 }, { ...second.hit, score: 9.9 }] };
      return chooseSection(page, reading, reading.pageReading(page.path, true), byScore).closeSection?.section;
    };
    expect(secondTo(sayer!)).toBe(sayer!.hit.section);
    expect(secondTo(silent)).toBeUndefined();
  });

  it('marks a section that says nothing of the question, its share said read at the floor', () => {
    const { question, pages } = searchByWords(index, 'how fast should I review an MR');
    const reading = readQuestion(index, question);
    const candidates = sectionCandidates(pages[0]!, reading, reading.pageReading(pages[0]!.path, false));
    const silent = candidates.filter(({ saysAny }) => !saysAny);
    expect(silent.length).toBeGreaterThan(0);
    for (const { row } of silent) expect(row[SECTION_FEATURES.indexOf('said')]).toBe(Math.log(0.01));
  });
});
