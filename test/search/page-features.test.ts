import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { pageFeatures } from '../../src/search/page-features.js';
import { PAGE_FEATURES, type AnswerCounts, type PageCounts, type PageFeature, type TopicCounts } from '../../src/search/page-ranker.js';
import { pagePrior, topicPrior } from '../../src/search/answer-counts.js';
import { searchByWords } from '../../src/search/search-sections.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

let index: SectionIndex;

beforeAll(() => {
  const config = loadProjectConfig();
  index = buildSectionIndex(loadKnowledge([FIXTURE_KNOWLEDGE], config).sections, config, loadSynonyms(SYNONYMS_PATH));
});

/** The features of a question's pages, by page path and feature name. */
function featuresOf(question: string, counts?: AnswerCounts): Map<string, Record<PageFeature, number>> {
  const { question: parsed, pages } = searchByWords(index, question);
  const rows = pageFeatures(index, parsed, pages, counts);
  return new Map(pages.map((page, i) => [page.path, Object.fromEntries(PAGE_FEATURES.map((feature, k) => [feature, rows[i]![k]!])) as Record<PageFeature, number>]));
}

const PTO = 'handbook/paid-time-off/index.html.md';
const CODE_REVIEW = 'handbook/engineering/workflow/code-review/index.html.md.erb';
const SG_ON_CALL = 'sourcegraph/departments/engineering/dev/process/incidents/on_call.md';

describe('pageFeatures', () => {
  it('gives the first page a score ratio of 0 and rank 1, and the next ones less', () => {
    const rows = [...featuresOf('paid time off holidays').values()];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toMatchObject({ scoreRatio: 0, reciprocalRank: 1 });
    expect(rows[1]!.scoreRatio).toBeLessThanOrEqual(0);
    expect(rows[1]!.reciprocalRank).toBe(0.5);
  });

  it('measures how much of the question the title says, and more for the outline, which holds the title', () => {
    const pto = featuresOf('paid time off holidays').get(PTO)!;
    // "paid" and "time" are in the title "Paid time off at GitLab"; "holidays" is a heading two levels down.
    expect(pto.titleCoverage).toBeGreaterThan(0.3);
    expect(pto.titleCoverage).toBeLessThan(1);
    expect(pto.outlineCoverage).toBeGreaterThanOrEqual(pto.titleCoverage);
    expect(pto.pageCoverage).toBe(1);
  });

  it("measures how much of the page title the question says, less where the title names what was not asked", () => {
    // "Code Review Guidelines": "code", "review" and "guidelin" as index terms.
    expect(featuresOf('code review maintainer').get(CODE_REVIEW)!.titlePrecision).toBeCloseTo(2 / 3);
    expect(featuresOf('code review guidelines for a maintainer').get(CODE_REVIEW)!.titlePrecision).toBe(1);
  });

  it("measures how much of the best section's own heading the question says, beyond the page title's words", () => {
    expect(featuresOf('maintainer load').get(CODE_REVIEW)!.headingPrecision).toBe(1);
    // *Maintainer/Reviewer Availability*: "review" is the title's; of the rest, "maintainer" is asked, "availability" not.
    expect(featuresOf('code review maintainer').get(CODE_REVIEW)!.headingPrecision).toBeCloseTo(1 / 2);
    expect(featuresOf('code review maintainer').get('roles/developer.md')!.headingPrecision).toBe(0);
  });

  it("reads a title's source name as no part of what it is about, and a synonym as the words it stands for", () => {
    // "Paid time off at GitLab": "PTO" is "paid time off" to the question; "GitLab" names the source.
    expect(featuresOf('PTO holidays').get(PTO)!.titlePrecision).toBe(1);
    expect(featuresOf('paid time off at gitlab, holidays?').get(PTO)!.titlePrecision).toBe(1);
  });

  it('says when the page is from the source the question names', () => {
    const features = featuresOf('sourcegraph on-call rotation');
    expect(features.get(SG_ON_CALL)!.namedSource).toBe(1);
    for (const [path, row] of features) if (!path.startsWith('sourcegraph/')) expect(row.namedSource).toBe(0);
  });

  it('counts matched sections on a log scale and reads priors as logs', () => {
    for (const row of featuresOf('code review maintainer').values()) {
      expect(row.matchedSections).toBeGreaterThanOrEqual(Math.log(2));
      expect(Number.isFinite(row.prior)).toBe(true);
    }
  });

  it("measures each page's topic fit against the best page's: 0 for the best, below 0 for the others", () => {
    const rows = [...featuresOf('code review maintainer merge request').values()];
    expect(Math.max(...rows.map((row) => row.topicMatch))).toBe(0);
    expect(rows.some((row) => row.topicMatch < 0)).toBe(true);
  });

  it("reads each page's topic prior and topic words from the ranker's topic counts, and 0 without them", () => {
    const words = { 'GitLab handbook:paid-time-off': { holidai: 6, paid: 4, time: 2 }, 'GitLab handbook:engineering/workflow': { review: 10 } };
    const topics: TopicCounts = { smoothing: 10, questions: 5, answered: { 'GitLab handbook:paid-time-off': 5 }, wordSmoothing: 40, words };
    const withCounts = featuresOf('paid time off holidays', { topics });
    expect(withCounts.get(PTO)!.topicPrior).toBe(topicPrior(index, topics, [PTO])[0]);
    expect(withCounts.get(PTO)!.topicPrior).toBeGreaterThan(0);
    expect([...withCounts.values()].filter((row) => row.topicPrior < 0).length).toBeGreaterThan(0);
    expect(withCounts.get(PTO)!.topicWords).toBeGreaterThan(0);
    for (const [path, row] of withCounts) if (path !== PTO) expect(row.topicWords).toBeLessThanOrEqual(0);
    expect([...withCounts.values()].every((row) => row.pagePrior === 0 && row.pageWords === 0)).toBe(true);
    expect([...featuresOf('paid time off holidays').values()].every((row) => row.topicPrior === 0 && row.topicWords === 0)).toBe(true);
  });

  it("reads each page's prior and words within its topic from the ranker's page counts, with the topic counts", () => {
    const topics: TopicCounts = { smoothing: 10, questions: 5, answered: { 'GitLab handbook:paid-time-off': 5 }, wordSmoothing: 40, words: { 'GitLab handbook:paid-time-off': { holidai: 5 } } };
    const pages: PageCounts = { smoothing: 20, wordSmoothing: 20, answered: { 'GitLab handbook:paid-time-off/index.html.md': 5 }, words: { 'GitLab handbook:paid-time-off/index.html.md': { holidai: 5 } }, sectionSmoothing: 5, sections: {}, sectionWordSmoothing: 10, sectionWords: {} };
    const withCounts = featuresOf('paid time off holidays', { topics, pages });
    expect(withCounts.get(PTO)!.pagePrior).toBe(pagePrior(index, topics, pages, [PTO])[0]);
    // The only page of its topic: every question its topic answered, its own share, as even as can be.
    expect(withCounts.get(PTO)!.pagePrior).toBeCloseTo(0, 12);
    expect([...featuresOf('paid time off holidays', { pages }).values()].every((row) => row.pagePrior === 0 && row.pageWords === 0)).toBe(true);
  });

});
