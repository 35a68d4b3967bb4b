import { beforeAll, describe, expect, it } from 'vitest';
import { parseKnowledgeConfig } from '../../src/knowledge/knowledge-config.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Section } from '../../src/knowledge/types.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { searchSections } from '../../src/search/search-sections.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

let index: SectionIndex;

beforeAll(() => {
  const config = loadProjectConfig();
  index = buildSectionIndex(loadKnowledge([FIXTURE_KNOWLEDGE], config).sections, config, loadSynonyms(SYNONYMS_PATH));
});

const search = (question: string, context?: string) => searchSections(index, question, context);
const best = (question: string) => {
  const hit = search(question).pages[0]?.hits[0];
  return hit ? `${hit.section.path} § ${hit.section.headings.slice(1).join(' › ')}` : 'nothing';
};

const WORKFLOW = 'handbook/engineering/workflow/index.html.md';
const CODE_REVIEW = 'handbook/engineering/workflow/code-review/index.html.md.erb';
const SG_ON_CALL = 'sourcegraph/departments/engineering/dev/process/incidents/on_call.md';

describe('searchSections', () => {
  it('finds sections by stem: "reverting" finds "Reverting a merge request"', () => {
    expect(best('reverting changes')).toBe(`${WORKFLOW} § Reverting a merge request`);
  });

  it('expands MR to merge request and counts it as the same concept', () => {
    const [page] = search('how do I revert an MR?').pages;
    expect(page!.path).toBe(WORKFLOW);
    expect(page!.hits[0]!.section.headings.at(-1)).toBe('Reverting a merge request');
    expect(page!.hits[0]!.coverage).toBe(1);
    expect(page!.hits[0]!.matched).toEqual(expect.arrayContaining(['revert', 'merg', 'request']));
  });

  it('does not read "community" as "communicate": every section found says community', () => {
    const hits = search('community').pages.flatMap((page) => page.hits);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((hit) => !/communit/i.test(hit.section.text)).map((hit) => hit.section.headings.at(-1))).toEqual([]);
  });

  it('does not read "set up" as SET (software engineer in test)', () => {
    const pages = search('how do I set up kubernetes access').pages;
    expect(pages.flatMap((page) => page.hits.flatMap((hit) => hit.matched))).not.toContain('softwar');
  });

  it('narrows to the source a question names: "sg on-call" ranks Sourcegraph first', () => {
    expect(search('on-call').pages[0]!.path).toBe('handbook/on-call/index.html.md');
    const pages = search('sg on-call').pages;
    expect(pages[0]!.path).toBe(SG_ON_CALL);
    // Other sources stay as fallbacks, scored below.
    expect(pages.slice(1).every((page) => !page.path.startsWith('sourcegraph/') && page.score < pages[0]!.score)).toBe(true);
  });

  it('narrows to GitLab when a question says gitlab', () => {
    const paths = search('gitlab on-call').pages.map((page) => page.path);
    expect(paths[0]).toBe('handbook/on-call/index.html.md');
    expect(paths.indexOf(SG_ON_CALL)).toBeGreaterThan(paths.indexOf('job-families/engineering/backend-engineer/index.html.md'));
  });

  it('tolerates typos in words the knowledge does not know', () => {
    expect(best('how fast do i have to reveiw an MR, is there an SLO?')).toBe(`${CODE_REVIEW} § Review turnaround time › Review-response SLO`);
    expect(best('kubernets access')).toBe(`${SG_ON_CALL} § Responsibilities`);
  });

  it('ignores stop words: a question of them finds nothing', () => {
    expect(search('what is it?').pages).toEqual([]);
    expect(search('   ').pages).toEqual([]);
  });

  it('finds Japanese sections from a Japanese question', () => {
    expect(best('ハンドブックファーストとは何ですか？')).toBe('handbook/handbook-usage/index.html.md § なぜハンドブックからはじめるのか？');
  });

  it('ranks a page by its most complete section', () => {
    const [page] = search('how do I become a maintainer').pages;
    expect(page!.path).toBe(CODE_REVIEW);
    expect(page!.hits[0]!.section.headings.at(-1)).toBe('How to become a project maintainer');
    expect(page!.hits.map((hit) => hit.coverage)).toEqual([...page!.hits.map((hit) => hit.coverage)].sort((a, b) => b - a));
  });

  it('returns pages best first, each once', () => {
    const pages = search('review merge requests').pages;
    expect(pages.map((page) => page.score)).toEqual([...pages.map((page) => page.score)].sort((a, b) => b - a));
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
  });

  it('uses the context of a follow-up question', () => {
    // Two pages have an SLO: the one the conversation is about answers.
    const answering = (context: string) => search("what's the SLO?", context).pages[0]!.hits[0]!.section.headings.at(-1);
    expect(answering('how fast should a reviewer respond to my merge request?')).toBe('Review-response SLO');
    expect(answering('what do I do about a broken master?')).toBe('Broken `master` service level objectives');
  });

  it('finds an acronym the knowledge spells out when the question says it in words', () => {
    // The code review page defines "Service-level Objective (SLO)", then says "SLO"; the broken master page says it in words.
    expect(index.acronyms.find((acronym) => acronym.acronym === 'SLO')?.longForm).toBe('service-level objective');
    expect(best('what is the service level objective for reviews?')).toBe(`${CODE_REVIEW} § Review turnaround time › Review-response SLO`);
  });

  it('reports a coverage between 0 and 1 for every hit', () => {
    const hits = search('what do senior devs review in merge requests').pages.flatMap((page) => page.hits);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.coverage >= 0 && hit.coverage <= 1)).toBe(true);
  });
});

describe('searchSections page credit', () => {
  // Two pages whose best sections both answer "general questions channel"; only the chat page is about Slack elsewhere.
  const config = parseKnowledgeConfig({ sources: [] });
  const rows: [path: string, title: string, heading: string, text: string][] = [
    ['chat.md', 'Chat', 'Channels', 'There are many channels, one per team and topic. For anything else, #questions is the place to ask: our general channel for questions.'],
    ['chat.md', 'Chat', 'Etiquette', 'Use Slack threads and keep Slack messages short.'],
    ['geo.md', 'Geo', 'Asking general questions in a channel', 'Ask general questions in the #g_geo channel.'],
    ...Array.from({ length: 20 }, (_, i): [string, string, string, string] => [`other-${i}.md`, `Team ${i}`, 'About', `Team ${i} plans its work in issues.`]),
  ];
  const sections: Section[] = rows.map(([path, title, heading, text], id) => ({ id, source: 'test', path, pageTitle: title, headings: [title, heading], anchor: `s${id}`, url: `https://x.test/${id}`, text, lang: 'en' }));
  const index = buildSectionIndex(sections, config, []);

  it('ranks the page that mentions the rest of the question in its other sections first', () => {
    const pages = searchSections(index, 'which slack channel do I ask general questions in').pages;
    expect(pages.map((page) => page.path).slice(0, 2)).toEqual(['chat.md', 'geo.md']);
    expect(pages[0]!.hits[0]!.section.headings.at(-1)).toBe('Channels');
  });
});
