import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/search/parse-question.js';
import type { SectionIndex } from '../../src/search/section-index.js';
import { pageKeyOf, placeOf, topicMatch, topicOf } from '../../src/search/topic-folders.js';
import { loadProjectConfig } from '../knowledge/fixture-paths.js';
import { indexPagesForTests } from './write-knowledge-dir.js';

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

let index: SectionIndex;
indexPagesForTests(PAGES, (built) => (index = built));

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

describe('placeOf', () => {
  it("names a page's topic, how many pages the topic has, the page itself and its sections, and nothing for a path the index lacks", () => {
    expect(placeOf(index, PEOPLE_CALENDAR)).toEqual({ topic: 'GitLab handbook:people-group/leave', topicPages: 3, page: 'GitLab handbook:people-group/leave/calendar/index.html.md', sections: 1 });
    expect(placeOf(index, 'handbook/nowhere/index.html.md')).toBeUndefined();
  });
});

describe('pageKeyOf', () => {
  it('names a page by its source and its path below the source, wherever the knowledge root starts', () => {
    const config = loadProjectConfig();
    const key = (path: string) => pageKeyOf({ path, source: 'GitLab handbook' }, { config });
    expect(key('handbook/paid-time-off/index.html.md')).toBe('GitLab handbook:paid-time-off/index.html.md');
    expect(key('gitlab/handbook/paid-time-off/index.html.md')).toBe('GitLab handbook:paid-time-off/index.html.md');
  });
});
