import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { parseQuestion } from '../../src/search/parse-question.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { topicMatch, topicOf, topicOfPath, topicPrior, topicWords } from '../../src/search/topic-folders.js';
import type { TopicCounts } from '../../src/search/page-ranker.js';
import { loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';
import { writeKnowledgeDir } from './write-knowledge-dir.js';

const page = (title: string, ...sections: string[]) => `---\ntitle: ${title}\n---\n\n${sections.join('\n\n')}\n`;

// Two topics: leave, where several pages talk about it, and deploys, where one page mentions it once.
const PAGES = {
  'handbook/people-group/leave/index.html.md': page('Leave', 'How to request leave and who approves your leave.', '## Sick leave\n\nTell your manager when you take sick leave.'),
  'handbook/people-group/leave/parental/index.html.md': page('Parental leave', 'Parental leave is sixteen weeks of paid leave.'),
  'handbook/people-group/leave/calendar/index.html.md': page('Team calendar', 'Put your leave in the team calendar.'),
  'handbook/engineering/deploys/index.html.md': page('Deploys', 'Deploys run every hour from the main branch.', '## Rollbacks\n\nRoll back a deploy that breaks production.'),
  'handbook/engineering/deploys/canary/index.html.md': page('Canary deploys', 'A canary deploy serves a share of traffic first.'),
  'handbook/engineering/deploys/calendar/index.html.md': page('Team calendar', 'Put your leave in the team calendar, and no deploys on Fridays.'),
};

let knowledge: ReturnType<typeof writeKnowledgeDir>;
let index: SectionIndex;

beforeAll(() => {
  knowledge = writeKnowledgeDir(PAGES);
  const config = loadProjectConfig();
  index = buildSectionIndex(loadKnowledge([knowledge.root], config).sections, config, loadSynonyms(SYNONYMS_PATH));
});

afterAll(() => knowledge.remove());

const match = (question: string, paths: string[]) => topicMatch(index, parseQuestion(question, index.config, index.synonyms), paths);
const PEOPLE_CALENDAR = 'handbook/people-group/leave/calendar/index.html.md';
const DEPLOYS_CALENDAR = 'handbook/engineering/deploys/calendar/index.html.md';

describe('topicOf', () => {
  it('is the source and the first two folders below its pattern, wherever the knowledge root starts', () => {
    const config = loadProjectConfig();
    const topic = (path: string, source: string) => topicOf({ path, source }, { config });
    expect(topic('handbook/engineering/development/dev/create/index.html.md', 'GitLab handbook')).toBe('GitLab handbook:engineering/development');
    expect(topic('gitlab/handbook/engineering/development/dev/create/index.html.md', 'GitLab handbook')).toBe('GitLab handbook:engineering/development');
    expect(topic('sourcegraph/departments/engineering/dev/process/on_call.md', 'Sourcegraph handbook')).toBe('Sourcegraph handbook:departments/engineering');
  });

  it('keeps a page near the top in a topic of its own folders, and one at the top in its source', () => {
    const config = loadProjectConfig();
    expect(topicOf({ path: 'handbook/paid-time-off/index.html.md', source: 'GitLab handbook' }, { config })).toBe('GitLab handbook:paid-time-off');
    expect(topicOf({ path: 'handbook/index.html.md', source: 'GitLab handbook' }, { config })).toBe('GitLab handbook:');
  });
});

describe('topicMatch', () => {
  it('favours, of two pages saying the same, the one whose topic talks about what is asked', () => {
    const [people, deploys] = match('put my leave in the calendar', [PEOPLE_CALENDAR, DEPLOYS_CALENDAR]);
    expect(people).toBeGreaterThan(deploys!);
  });

  it('turns the other way for a question on the other topic', () => {
    const [people, deploys] = match('deploys calendar', [PEOPLE_CALENDAR, DEPLOYS_CALENDAR]);
    expect(deploys).toBeGreaterThan(people!);
  });

  it('gives the pages of one topic one value', () => {
    const [calendar, parental] = match('sick leave', [PEOPLE_CALENDAR, 'handbook/people-group/leave/parental/index.html.md']);
    expect(calendar).toBe(parental);
  });

  it('is 0 for words the knowledge lacks and for pages it does not hold', () => {
    expect(match('zyzzyva', [PEOPLE_CALENDAR, DEPLOYS_CALENDAR])).toEqual([0, 0]);
    expect(match('leave', ['handbook/nowhere/index.html.md'])).toEqual([0]);
  });
});

describe('topicOfPath', () => {
  it("names the topic of a page of the index, and none for a path it lacks", () => {
    expect(topicOfPath(index, PEOPLE_CALENDAR)).toBe('GitLab handbook:people-group/leave');
    expect(topicOfPath(index, 'handbook/nowhere/index.html.md')).toBeUndefined();
  });
});

describe('topicPrior', () => {
  // Three pages in each of the two topics: each topic is half the pages.
  const priors = (answered: Record<string, number>): TopicCounts => ({ smoothing: 10, questions: Object.values(answered).reduce((a, b) => a + b, 0), answered, wordSmoothing: 40, words: {} });

  it('favours the pages of a topic questions were answered from more often than its share of the pages says', () => {
    const [people, deploys] = topicPrior(index, priors({ 'GitLab handbook:people-group/leave': 30, 'GitLab handbook:engineering/deploys': 10 }), [PEOPLE_CALENDAR, DEPLOYS_CALENDAR]);
    // log((30 + 10 × 0.5) / (40 + 10) / 0.5) and log((10 + 5) / 50 / 0.5).
    expect(people).toBeCloseTo(Math.log(1.4), 12);
    expect(deploys).toBeCloseTo(Math.log(0.6), 12);
  });

  it('gives a topic no question came from the same value whatever its size, and a path the index lacks 0', () => {
    const [people, missing] = topicPrior(index, priors({ 'GitLab handbook:engineering/deploys': 40 }), [PEOPLE_CALENDAR, 'handbook/nowhere/index.html.md']);
    expect(people).toBeCloseTo(Math.log(10 / 50), 12);
    expect(missing).toBe(0);
  });
});

describe('topicWords', () => {
  const LEAVE = 'GitLab handbook:people-group/leave';
  const DEPLOYS = 'GitLab handbook:engineering/deploys';
  // Four questions answered from leave pages, two of them saying "vacat"; two from deploys pages, saying "ship".
  const counts: TopicCounts = { smoothing: 10, questions: 6, answered: { [LEAVE]: 4, [DEPLOYS]: 2 }, wordSmoothing: 4, words: { [LEAVE]: { vacat: 2, book: 4 }, [DEPLOYS]: { ship: 2, book: 2 } } };

  it('favours the topic whose questions used the words asked, by naive Bayes against all questions', () => {
    const [people, deploys] = topicWords(index, counts, ['vacat'], [PEOPLE_CALENDAR, DEPLOYS_CALENDAR]);
    // All questions' words: 10, over 3 terms; "vacat" is (2 + 1) / 13 of them, 2 of the leave topic's 6.
    const everywhere = 3 / 13;
    expect(people).toBeCloseTo(Math.log((2 + 4 * everywhere) / (6 + 4) / everywhere), 12);
    expect(deploys).toBeCloseTo(Math.log((0 + 4 * everywhere) / (4 + 4) / everywhere), 12);
    expect(people).toBeGreaterThan(0);
    expect(deploys).toBeLessThan(0);
  });

  it('averages over the distinct words, and gives 0 to a topic no question came from, to no words and to a path the index lacks', () => {
    const [both] = topicWords(index, counts, ['vacat', 'ship', 'vacat'], [PEOPLE_CALENDAR]);
    const [vacation] = topicWords(index, counts, ['vacat'], [PEOPLE_CALENDAR]);
    const [ship] = topicWords(index, counts, ['ship'], [PEOPLE_CALENDAR]);
    expect(both).toBeCloseTo((vacation! + ship!) / 2, 12);
    const none = { ...counts, words: { [DEPLOYS]: counts.words[DEPLOYS]! } };
    expect(topicWords(index, none, ['vacat'], [PEOPLE_CALENDAR, 'handbook/nowhere/index.html.md'])).toEqual([0, 0]);
    expect(topicWords(index, counts, [], [PEOPLE_CALENDAR])).toEqual([0]);
  });
});
