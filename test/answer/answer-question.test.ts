import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, EMPTY_QUESTION_MESSAGE, MAX_SOURCES, NOT_COVERED_MESSAGE, outOfReachMessage, sectionLabel } from '../../src/answer/answer-question.js';
import { createAssistant, type LoadedAssistant } from '../../src/answer/create-assistant.js';
import type { DeclineModel } from '../../src/answer/decline-model.js';
import type { Answer } from '../../src/answer/types.js';
import { parseKnowledgeConfig } from '../../src/knowledge/knowledge-config.js';
import type { Section } from '../../src/knowledge/types.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { parseSynonyms } from '../../src/search/synonyms.js';
import { PAGE_FEATURES, type PageRanker } from '../../src/search/page-ranker.js';
import { searchSections } from '../../src/search/search-sections.js';
import { CONFIG_PATH, FIXTURE_KNOWLEDGE } from '../knowledge/fixture-paths.js';
import { PR_SIZE_SECTION } from '../fixtures/pull-request-size.js';

let assistant: LoadedAssistant;

beforeAll(async () => {
  assistant = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: CONFIG_PATH, cachePath: false });
});

/** The section an answer quotes: its first source. */
function quotedSection(answer: Answer): Section {
  const url = answer.sources[0]?.url;
  const section = assistant.knowledge.sections.find((s) => s.url === url);
  if (!section) throw new Error(`no section at ${url}`);
  return section;
}

/**
 * The answer as the question's words and the sections' headings and text choose it by the hand-set
 * weighing, without the project ranker's section counts (which labelled questions were answered where)
 * or section weights, which move as questions are added.
 */
function answerWithoutSectionCounts(question: string): Answer {
  const ranker = assistant.index.ranker!;
  return answerQuestion(withHandSectionWeighing({ ...assistant.index, ranker: { ...ranker, pages: { ...ranker.pages!, sections: {}, sectionWords: {} } } }), question);
}

/**
 * The index with the project ranker's section weights left out, so that the section quoted is chosen by
 * the hand-set weighing the learned weights start from, which these tests pin down; the learned
 * weights move as questions are added, and the eval sets' floors pin them.
 */
function withHandSectionWeighing(index: SectionIndex): SectionIndex {
  return { ...index, ranker: { ...index.ranker!, sectionWeights: undefined } };
}

const ROLE_URL = 'https://about.gitlab.com/jobs/developer/';

describe('answerQuestion', () => {
  describe('on the role questions', () => {
    it('answers "what are my responsibilities as a developer?" with the Responsibilities list of the role page', () => {
      const answer = assistant.answer('what are my responsibilities as a developer?');
      expect(answer.confidence).toBe('high');
      expect(answer.sources[0]).toMatchObject({ title: 'Developer', section: 'Responsibilities', url: `${ROLE_URL}#responsibilities`, path: 'roles/developer.md' });
      const lines = answer.answer.split('\n');
      expect(lines[0]).toBe('- Develop features from proposal to polished end result.');
      expect(lines.length).toBeGreaterThanOrEqual(3);
      // List items, and an ellipsis where items are left out between two runs of the list.
      expect(lines.every((line) => line.startsWith('- ') || line === '…')).toBe(true);
    });

    it('answers "can I specialize?" with the specialization paragraph', () => {
      const answer = assistant.answer('can I specialize?');
      expect(answer.confidence).toBe('high');
      expect(answer.sources[0]).toMatchObject({ title: 'Developer', section: '', url: ROLE_URL, path: 'roles/developer.md' });
      expect(answer.answer).toContain('Some developers [specialize](https://about.gitlab.com/jobs/specialist) and focus on a specific area');
      expect(answer.answer).toContain('Developers can specialize immediately after joining, or after some time');
    });

    it('answers "what\'s the workflow?" with the Workflow section and lists the workflow handbook page', () => {
      const answer = assistant.answer("what's the workflow?");
      expect(answer.confidence).toBe('high');
      expect(answer.sources[0]).toMatchObject({ section: 'Workflow', url: `${ROLE_URL}#workflow` });
      expect(answer.answer).toContain('The handbook details the complete [GitLab Workflow](https://about.gitlab.com/handbook/#gitlab-workflow).');
      expect(answer.sources.map((source) => source.path)).toContain('handbook/engineering/workflow/index.html.md');
    });
  });

  it('answers with the JSON contract', () => {
    const answer = assistant.answer('how do I revert an MR?');
    expect(Object.keys(answer).sort()).toEqual(['answer', 'confidence', 'question', 'sources']);
    expect(answer.question).toBe('how do I revert an MR?');
    expect(answer.sources.length).toBeGreaterThan(0);
    for (const source of answer.sources) {
      expect(Object.keys(source).sort()).toEqual(['path', 'score', 'section', 'title', 'url']);
      expect(source.url).toMatch(/^https:\/\//);
      expect(typeof source.score).toBe('number');
    }
    expect(answer.sources[0]).toMatchObject({
      title: 'Engineering Workflow',
      section: 'Reverting a merge request',
      url: 'https://about.gitlab.com/handbook/engineering/workflow/#reverting-a-merge-request',
      path: 'handbook/engineering/workflow/index.html.md',
    });
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });

  it(`lists at most ${MAX_SOURCES} sources, one per page, best first`, () => {
    const question = 'what are the responsibilities and requirements of engineers on call reviewing merge requests?';
    const answer = assistant.answer(question);
    expect(answer.sources).toHaveLength(MAX_SOURCES);
    expect(new Set(answer.sources.map((s) => s.path)).size).toBe(answer.sources.length);
    // The first source is the one answered from (see the next test); the rest stay in the search's order.
    const ranked = searchSections(assistant.index, question).pages.map((page) => page.path);
    expect(answer.sources.slice(1).map((s) => s.path)).toEqual(ranked.filter((path) => path !== answer.sources[0]!.path).slice(0, MAX_SOURCES - 1));
  });

  it('joins the heading path below the title with " › "', () => {
    const answer = assistant.answer('what are the requirements for the geo specialty?');
    expect(answer.sources.map((s) => s.section)).toContain('Specialties › Geo › Requirements');
  });

  it.each(['', '   ', '\n\t'])('answers an empty question %j with a usage message', (question) => {
    expect(assistant.answer(question)).toEqual({ question: '', answer: EMPTY_QUESTION_MESSAGE, confidence: 'none', sources: [] });
    expect(EMPTY_QUESTION_MESSAGE).toBe('Ask me a question about your role, your workflow or the handbook, e.g. "What should I do if master is broken?"');
  });

  it('trims the question it echoes', () => {
    expect(assistant.answer('  can I specialize?  \n').question).toBe('can I specialize?');
  });

  it('answers a 40,000-character question by its start', () => {
    const question = `how do I revert an MR? ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(800)}`.slice(0, 40_000);
    const answer = assistant.answer(question);
    expect(question).toHaveLength(40_000);
    expect(answer.sources[0]?.path).toBe('handbook/engineering/workflow/index.html.md');
    expect(question.startsWith(answer.question)).toBe(true);
  });

  it('declines a question the knowledge does not cover, without sources', () => {
    expect(assistant.answer('what is the capital of Mongolia?')).toEqual({
      question: 'what is the capital of Mongolia?',
      answer: NOT_COVERED_MESSAGE,
      confidence: 'none',
      sources: [],
    });
  });

  it('declines a question no handbook answers however well its words match, and lists the closest pages', () => {
    const answer = assistant.answer("what's the name of my on-call buddy?");
    expect(answer).toMatchObject({
      confidence: 'none',
      answer: `${outOfReachMessage('who is assigned to you personally, like your manager, buddy or team mates')} The closest pages I found are below.`,
    });
    expect(answer.sources.length).toBeGreaterThan(0);
  });

  it('declines a question of stop words only', () => {
    expect(assistant.answer('what is it?')).toMatchObject({ answer: NOT_COVERED_MESSAGE, confidence: 'none', sources: [] });
  });

  it('answers Japanese questions from the Japanese page', () => {
    const answer = assistant.answer('ハンドブックファーストとは何ですか？');
    expect(answer.confidence).not.toBe('none');
    expect(answer.sources[0]!.url).toBe('https://about.gitlab.com/handbook/handbook-usage/#why-handbook-first');
    expect(answer.answer).toContain('情報が散らばらないように');
  });

  it('answers a follow-up in the context of the first question', () => {
    const answer = assistant.answer("what's the SLO?", { context: 'what do I do about a broken master?' });
    expect(answer.sources[0]!.section).toBe('Broken `master` › Broken `master` service level objectives');
  });

  it('quotes only text of the section it cites', () => {
    for (const question of ['how do I become a maintainer', 'what are the holidays', 'sg on-call responsibilities', 'how do I revert an MR?']) {
      const answer = assistant.answer(question);
      const section = quotedSection(answer);
      for (const line of answer.answer.split('\n')) expect(section.text).toContain(line.replace(/^…/, '').replace(/ …$/, ''));
    }
  });
});

describe('answerQuestion asked for an amount', () => {
  // 1,645 characters, so the quote is cut from it.
  const text = PR_SIZE_SECTION;
  const section: Section = { id: 0, source: 'Sourcegraph handbook', path: 'pull-requests.md', pageTitle: 'Pull requests', headings: ['Pull requests', '2. How to make the PR easy to review'], anchor: 'how-to-make-the-pr-easy-to-review', url: 'https://x.test/#pr', text, lang: 'en' };
  const index = buildSectionIndex([section], parseKnowledgeConfig({ sources: [] }), []);

  it('quotes the sentence stating it: the number is the answer, and shares no word with the question', () => {
    expect(answerQuestion(index, 'how big should a PR be?').answer).toContain('Divide PRs longer than 400 lines');
    expect(answerQuestion(index, 'how long can my PR be?').answer).toContain('Divide PRs longer than 400 lines');
  });

  it('quotes as before where the question asks for none', () => {
    expect(answerQuestion(index, 'how should a PR be?').answer).not.toContain('400 lines');
  });
});

describe('answerQuestion thresholds', () => {
  // Three one-topic sections whose words each occur once, so coverage is exact: 1/1, 1/2, 1/3.
  const config = parseKnowledgeConfig({ sources: [] });
  const sections: Section[] = [
    ['Geo', 'Geo secondary nodes are read-only mirrors of a primary GitLab instance.'],
    ['Holidays', 'We encourage all team members to take time off for holidays observed in their country.'],
    ['Kickoff', 'Product managers record a kickoff video at the start of every milestone.'],
  ].map(([heading, text], id) => ({ id, source: 'test', path: `${heading}.md`, pageTitle: 'Handbook', headings: ['Handbook', heading!], anchor: heading!.toLowerCase(), url: `https://x.test/#${id}`, text: text!, lang: 'en' }));
  const index = buildSectionIndex(sections, config, []);

  it('is confident when the best section mentions every concept', () => {
    expect(answerQuestion(index, 'secondary mirrors').confidence).toBe('high');
  });

  it('is unsure when the best section mentions half the concepts', () => {
    const answer = answerQuestion(index, 'secondary holidays');
    expect(answer.confidence).toBe('low');
    expect(answer.answer).not.toContain(NOT_COVERED_MESSAGE);
  });

  it('answers, unsure, a long question whose best section mentions two of its five concepts', () => {
    expect(answerQuestion(index, 'secondary mirrors holidays kickoff videos').confidence).toBe('low');
  });

  it("answers a long message whose asking sentence the best section covers, though the asker's situation it tells is said nowhere", () => {
    // Read as one question, the Geo section covers under 0.35 of it: the kickoff, the party and the week are not in it.
    const answer = answerQuestion(index, 'I missed the kickoff video and the holidays party last week. Are secondary nodes mirrors of the primary?');
    expect(answer.confidence).toBe('high');
    expect(answer.sources[0]?.section).toBe('Geo');
    expect(answerQuestion(index, 'secondary mirrors kickoff video holidays party week').confidence).toBe('none');
  });

  it('declines, listing the closest pages, when the best section mentions a third', () => {
    const answer = answerQuestion(index, 'secondary holidays kickoff');
    expect(answer).toMatchObject({ confidence: 'none', answer: `${NOT_COVERED_MESSAGE} The closest pages I found are below.` });
    expect(answer.sources).toHaveLength(3);
  });

  it('declines, listing the closest pages, a question the decline model scores above its threshold however well its words match', () => {
    const decline: DeclineModel = { bias: -2, threshold: 0.5, unsureThreshold: 0.5, weights: new Map([['w:yet', 3]]) };
    expect(answerQuestion(index, 'secondary mirrors', {}, decline).confidence).toBe('high');
    const answer = answerQuestion(index, 'secondary mirrors yet', {}, decline);
    expect(answer).toMatchObject({ confidence: 'none', answer: `${NOT_COVERED_MESSAGE} The closest pages I found are below.` });
    expect(answer.sources[0]!.path).toBe('Geo.md');
  });
});

describe('answerQuestion when a favoured page covers less of the question than a page below it', () => {
  const config = parseKnowledgeConfig({ sources: [], boosts: [{ match: 'favoured/', weight: 100 }] });
  const sections: Section[] = [
    ['favoured/holidays.md', 'We encourage all team members to take time off for holidays observed in their country.'],
    ['geo.md', 'Geo secondary nodes are read-only mirrors of a primary instance.'],
    ...Array.from({ length: 20 }, (_, i) => [`team-${i}.md`, `Ask in #team-${i} when in doubt.`]),
  ].map(([path, text], id) => ({ id, source: 'test', path: path!, pageTitle: 'Handbook', headings: ['Handbook'], anchor: '', url: `https://x.test/${path}`, text: text!, lang: 'en' }));
  const index = buildSectionIndex(sections, config, []);

  it('keeps the favoured page first and answers from it, unsure: the ranking picks the page, not coverage alone', () => {
    const answer = answerQuestion(index, 'geo secondary holidays');
    expect(answer.sources.map((source) => source.path)).toEqual(['favoured/holidays.md', 'geo.md']);
    expect(answer.confidence).toBe('low');
    expect(answer.answer).toContain('holidays observed in their country');
  });
});

describe('answerQuestion on a page whose subsection inherits the matching heading', () => {
  // sourcegraph/departments/engineering/dev/process/pull-requests.md, trimmed.
  const config = parseKnowledgeConfig({ sources: [] });
  const page = { source: 'test', path: 'pull-requests.md', pageTitle: 'Pull requests', lang: 'en' };
  const sections: Section[] = [
    {
      headings: ['Pull requests', '4. What "quick stamp"s mean'],
      text: '"Quick stamp" is a term used when requesting a review for a pull request that is likely to be trivial and easy to approve. However, it is essential to understand that it is not a request for a blind approval.',
    },
    {
      headings: ['Pull requests', '4. What "quick stamp"s mean', 'The GitHub "stampers" team'],
      text: 'The GitHub "stampers" team is a group of reviewers who can be reached for reviewing PRs across multiple time zones. To join the stampers, drop a message on #ask-engineering or #dev-chat.',
    },
    // "ask" is a common word in a real handbook: it says little about what is asked.
    ...Array.from({ length: 30 }, (_, i) => ({ headings: [`Other page ${i}`], text: `Ask in #team-${i} when in doubt.`, path: `other-${i}.md` })),
  ].map((section, id) => ({ ...page, ...section, id, anchor: `s${id}`, url: `https://x.test/#s${id}` }));
  const index = buildSectionIndex(sections, config, parseSynonyms({ groups: [['pr', 'pull request']] }));

  it('quotes and links the section whose own words answer, not the one matching through its parent heading', () => {
    const answer = answerQuestion(index, "someone asked me for a 'quick stamp' on their PR, what does that mean");
    expect(answer.sources[0]!.url).toBe('https://x.test/#s0');
    expect(answer.answer).toContain('not a request for a blind approval');
  });
});

describe('answerQuestion when the ranker is unsure of the page', () => {
  /** The fixture index with a ranker that weighs nothing: the word order, each page as likely, so unsure of every one. */
  const unsureIndex = () => ({ ...assistant.index, ranker: { weights: Object.fromEntries(PAGE_FEATURES.map((feature) => [feature, 0])) as PageRanker['weights'] } });

  it('also quotes the second page, from the section its source links to', () => {
    const answer = answerQuestion(unsureIndex(), 'who reviews my MR?');
    expect(answer.confidence).not.toBe('none');
    expect(answer.sources.length).toBeGreaterThan(1);
    const second = assistant.knowledge.sections.find((section) => section.url === answer.sources[1]!.url)!;
    expect(answer.secondPassage).toBeDefined();
    for (const line of answer.secondPassage!.split('\n').filter((candidate) => candidate.trim())) {
      expect(second.text).toContain(line.replace(/^…/, '').replace(/\s?…$/, ''));
    }
  });

  it('quotes one page when the ranker is sure of it, or without a ranker', async () => {
    expect(assistant.answer('how do I revert an MR?')).not.toHaveProperty('secondPassage');
    const unranked = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: CONFIG_PATH, cachePath: false, rankerPath: false });
    expect(unranked.answer('who reviews my MR?')).not.toHaveProperty('secondPassage');
  });

  it('quotes no second page from another source than the one the question names', () => {
    const named = answerQuestion(unsureIndex(), 'sg on call rotation?');
    expect(named.sources.map((source) => source.path).slice(0, 2)).toEqual(['sourcegraph/departments/engineering/dev/process/incidents/on_call.md', 'handbook/on-call/index.html.md']);
    expect(named).not.toHaveProperty('secondPassage');
    const unnamed = answerQuestion(unsureIndex(), 'on call rotation?');
    expect(unnamed.sources.length).toBeGreaterThan(1);
    expect(unnamed.secondPassage).toBeDefined();
  });

  it('quotes nothing when it declines', () => {
    const answer = assistant.answer('can I push straight to main');
    expect(answer.confidence).toBe('none');
    expect(answer).not.toHaveProperty('secondPassage');
  });
});

describe('answerQuestion quoting a second run of the section', () => {
  it('quotes a later run that comes close, after an ellipsis: the SLO, then what to do when it is missed', () => {
    const answer = assistant.answer('what is the review-response SLO?');
    const lines = answer.answer.split('\n');
    expect(lines[0]).toMatch(/^To ensure swift feedback to ready-to-review code/);
    expect(lines.at(-2)).toBe('…');
    expect(lines.at(-1)).toBe('When a merge request author has been blocked for longer than the `Review-response` SLO, they are free to remind the reviewer through Slack or add another reviewer.');
    expect(answer).not.toHaveProperty('secondPassage');
  });

  it('quotes no second run beside a second passage', () => {
    // The same question with a ranker unsure of every page: the second page is quoted instead.
    const ranker = { weights: Object.fromEntries(PAGE_FEATURES.map((feature) => [feature, 0])) as PageRanker['weights'] };
    const answer = answerQuestion({ ...assistant.index, ranker }, 'what is the review-response SLO?');
    expect(answer.sources[0]?.section).toBe('Review turnaround time › Review-response SLO');
    expect(answer.secondPassage).toBeDefined();
    expect(answer.answer.split('\n')).not.toContain('…');
  });

  it('quotes a section of up to about 1,000 characters whole', () => {
    // *Reviewer* is 774 characters as a reader sees it: cut to 600 before.
    const answer = answerWithoutSectionCounts('who can review merge requests?');
    const reviewer = assistant.knowledge.sections.find((section) => section.url === answer.sources[0]?.url)!;
    expect(reviewer.headings.at(-1)).toBe('Reviewer');
    expect(answer.answer).toBe(reviewer.text);
  });
});

describe('answerQuestion when which section of the page answers is a close call', () => {
  it('also quotes the runner-up section of the same page, linked second', () => {
    // *Broken `master`* says "takes priority over everything else"; its FAQ entry says what a broken master is.
    const answer = answerWithoutSectionCounts('what should I do if master is broken?');
    expect(answer.sources.slice(0, 2)).toMatchObject([
      { section: 'Broken `master`', path: 'handbook/engineering/workflow/index.html.md', url: 'https://about.gitlab.com/handbook/engineering/workflow/#broken-master' },
      { section: 'Broken `master` › What is a broken `master`?', path: 'handbook/engineering/workflow/index.html.md' },
    ]);
    expect(answer.answer).toContain('takes priority over everything else development related');
    expect(answer.secondPassage).toContain('A broken master is an event where a pipeline in `master` is failing.');
  });

  it('quotes one section where the page has one clear answer, and never more than five sources', () => {
    const clear = assistant.answer('how do I revert an MR?');
    expect(clear).not.toHaveProperty('secondPassage');
    expect(clear.sources[0]!.section).toBe('Reverting a merge request');
    expect(assistant.answer('what should I do if master is broken?').sources).toHaveLength(MAX_SOURCES);
  });
});

describe('answerQuestion choosing the section to quote', () => {
  it('weighs what a section\'s own heading says of the question above what its text says', () => {
    // Both sections' text says two of the three words and the search scores "Reverting a merge request"
    // higher; the triage DRI's own heading says "triage".
    expect(answerQuestion(withHandSectionWeighing(assistant.index), 'do SETs triage pipelines?').sources[0]).toMatchObject({ section: 'Broken `master` › Triage broken master › Triage DRI Responsibilities' });
  });

  it('quotes the section whose own heading names only what was asked over one that names more', () => {
    // *Maintainer load* says "maintainer" in its heading too, and "load", which was not asked.
    expect(answerWithoutSectionCounts('what do maintainers do?').sources[0]).toMatchObject({ section: 'Maintainer' });
    // The page's title says "code review"; of the rest, *Review-response SLO* names nothing asked.
    expect(answerWithoutSectionCounts('what are the code review values?').sources[0]).toMatchObject({ title: 'Code Review Guidelines', section: 'Values' });
  });
});

describe('answerQuestion with the ranker\'s section counts', () => {
  it("quotes, of the page answered from, the section labelled questions were answered from, where its words match", () => {
    const ranker = assistant.index.ranker!;
    const countedAt = (heading: string) => {
      const pages = { ...ranker.pages!, sections: { 'GitLab handbook:paid-time-off/index.html.md': { [heading]: 6 } } };
      return answerQuestion({ ...assistant.index, ranker: { ...ranker, pages } }, 'how do I take PTO?').sources[0];
    };
    expect(countedAt('paid time off')).toMatchObject({ title: 'Paid time off at GitLab', section: 'Paid Time Off' });
    expect(countedAt('holidays')).toMatchObject({ title: 'Paid time off at GitLab', section: 'Paid Time Off › Holidays' });
  });

  it('weighs the counts, by hand, less than their raw ratio: six labelled questions to one do not outweigh the section whose heading says what was asked, ten do', () => {
    const ranker = withHandSectionWeighing(assistant.index).ranker!;
    const holidaysCounted = (times: number) => {
      const sections = { 'GitLab handbook:paid-time-off/index.html.md': { holidays: times, 'paid time off': 1 } };
      return answerQuestion({ ...assistant.index, ranker: { ...ranker, pages: { ...ranker.pages!, sections, sectionWords: {} } } }, 'how do I take PTO?').sources[0];
    };
    expect(holidaysCounted(6)).toMatchObject({ section: 'Paid Time Off' });
    expect(holidaysCounted(10)).toMatchObject({ section: 'Paid Time Off › Holidays' });
  });

  it('quotes, of two sections answering as many labelled questions, the one whose questions were asked in the words of this one', () => {
    const question = 'how do I take PTO?';
    const ranker = assistant.index.ranker!;
    const page = 'GitLab handbook:paid-time-off/index.html.md';
    const asked = (sectionWords: Record<string, Record<string, number>>) => {
      const pages = { ...ranker.pages!, sections: { [page]: { 'paid time off': 10, holidays: 10 } }, sectionWords: { [page]: sectionWords } };
      return answerQuestion({ ...assistant.index, ranker: { ...ranker, pages } }, question).sources[0];
    };
    expect(asked({ 'paid time off': { pto: 10 }, holidays: { holidai: 10 } })).toMatchObject({ section: 'Paid Time Off' });
    expect(asked({ 'paid time off': { holidai: 10 }, holidays: { pto: 10 } })).toMatchObject({ section: 'Paid Time Off › Holidays' });
  });
});

describe('answerQuestion asked for a part of a role', () => {
  it("quotes the role page's responsibilities, linked first, then the other pages the search found", () => {
    // The search alone quoted *Levels › Senior Backend Engineer*: every section of the page says "backend engineer".
    const answer = assistant.answer('what does a backend engineer do?');
    expect(answer.confidence).toBe('high');
    expect(answer.sources[0]).toMatchObject({ title: 'Backend Engineering', section: 'Responsibilities' });
    expect(answer.answer).toContain('Collaborate with Product Management');
    expect(new Set(answer.sources.map((source) => source.path)).size).toBe(answer.sources.length);
    expect(answer.sources.length).toBeGreaterThan(1);
  });

  it('leaves the page to the search: a role part is quoted only from the page the search answers from', () => {
    // The fixture's search puts the Developer page first for this question (its role prior), not Backend Engineering.
    const answer = assistant.answer('what are the requirements for a backend engineer?');
    expect(answer.sources[0]).toMatchObject({ title: 'Developer', section: 'Requirements' });
  });

  it('answers as any question where the search answers from another source than the role page\'s', () => {
    expect(assistant.answer('what does a backend engineer do at sourcegraph?').sources[0]?.title).not.toBe('Backend Engineering');
  });
});

describe('sectionLabel', () => {
  it('joins the headings below the page title', () => {
    const section = { headings: ['Backend Engineering', 'Specialties', 'Geo', 'Requirements'] } as Section;
    expect(sectionLabel(section)).toBe('Specialties › Geo › Requirements');
    expect(sectionLabel({ headings: ['Developer'] } as Section)).toBe('');
  });
});
