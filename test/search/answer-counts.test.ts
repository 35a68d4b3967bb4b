import { describe, expect, it } from 'vitest';
import { askedWords, countedFeatures, countedFit, pagePrior, pageWords, questionWords, sectionOdds, topicPrior, topicWords } from '../../src/search/answer-counts.js';
import type { ParsedQuestion } from '../../src/search/parse-question.js';
import type { PageCounts, TopicCounts } from '../../src/search/page-ranker.js';
import type { SectionIndex } from '../../src/search/section-index.js';
import { indexPagesForTests } from './write-knowledge-dir.js';

const page = (title: string, text: string) => `---\ntitle: ${title}\n---\n\n${text}\n`;

// Two topics of four pages each; the sick leave page has three sections.
const PAGES = {
  'handbook/people-group/leave/sick/index.html.md': page('Sick leave', 'Tell your manager.\n\n## Reporting\n\nReport sick leave the same day.\n\n## Pay\n\nSick leave is paid.'),
  'handbook/engineering/deploys/rollback/index.html.md': page('Rollbacks', 'Roll back a deploy that breaks production.'),
  'handbook/people-group/leave/index.html.md': page('Leave', 'How to request leave.'),
  'handbook/people-group/leave/parental/index.html.md': page('Parental leave', 'Parental leave is sixteen weeks.'),
  'handbook/people-group/leave/calendar/index.html.md': page('Team calendar', 'Put your leave in the team calendar.'),
  'handbook/engineering/deploys/index.html.md': page('Deploys', 'Deploys run every hour.'),
  'handbook/engineering/deploys/canary/index.html.md': page('Canary deploys', 'A canary deploy serves a share of traffic first.'),
  'handbook/engineering/deploys/calendar/index.html.md': page('Team calendar', 'No deploys on Fridays.'),
};

let index: SectionIndex;
indexPagesForTests(PAGES, (built) => (index = built));

const PEOPLE_CALENDAR = 'handbook/people-group/leave/calendar/index.html.md';
const PARENTAL = 'handbook/people-group/leave/parental/index.html.md';
const DEPLOYS_CALENDAR = 'handbook/engineering/deploys/calendar/index.html.md';

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
    const [people, deploys] = topicWords(index, counts, questionWords(counts, ['vacat']), [PEOPLE_CALENDAR, DEPLOYS_CALENDAR]);
    // All questions' words: 10, over 3 terms; "vacat" is (2 + 1) / 13 of them, 2 of the leave topic's 6.
    const everywhere = 3 / 13;
    expect(people).toBeCloseTo(Math.log((2 + 4 * everywhere) / (6 + 4) / everywhere), 12);
    expect(deploys).toBeCloseTo(Math.log((0 + 4 * everywhere) / (4 + 4) / everywhere), 12);
    expect(people).toBeGreaterThan(0);
    expect(deploys).toBeLessThan(0);
  });

  it('averages over the distinct words, and gives 0 to a topic no question came from, to no words and to a path the index lacks', () => {
    const [both] = topicWords(index, counts, questionWords(counts, ['vacat', 'ship', 'vacat']), [PEOPLE_CALENDAR]);
    const [vacation] = topicWords(index, counts, questionWords(counts, ['vacat']), [PEOPLE_CALENDAR]);
    const [ship] = topicWords(index, counts, questionWords(counts, ['ship']), [PEOPLE_CALENDAR]);
    expect(both).toBeCloseTo((vacation! + ship!) / 2, 12);
    const none = { ...counts, words: { [DEPLOYS]: counts.words[DEPLOYS]! } };
    expect(topicWords(index, none, questionWords(none, ['vacat']), [PEOPLE_CALENDAR, 'handbook/nowhere/index.html.md'])).toEqual([0, 0]);
    expect(topicWords(index, counts, questionWords(counts, []), [PEOPLE_CALENDAR])).toEqual([0]);
  });
});

describe('askedWords', () => {
  const counts: TopicCounts = { smoothing: 10, questions: 2, answered: { leave: 2 }, wordSmoothing: 4, words: { leave: { vacat: 2, book: 1 } } };
  const question = (...terms: string[]): ParsedQuestion => ({ concepts: terms.map((term) => ({ term, alternatives: [[term]] })), weights: new Map(terms.map((term) => [term, 1])), sources: [], asksAmount: false, asked: terms.map(() => true) });

  it("is questionWords of the question's concepts, worked out once per question and counts", () => {
    const vacation = question('vacat', 'book');
    const words = askedWords(counts, vacation);
    const expected = questionWords(counts, ['vacat', 'book'])!;
    expect(words).toMatchObject({ terms: expected.terms, everywhere: expected.everywhere });
    expect(words!.inTopic('leave', 'vacat')).toBe(expected.inTopic('leave', 'vacat'));
    expect(askedWords(counts, vacation)).toBe(words);
    // Other counts (training leaves each question out of its own) or another question: worked out anew.
    expect(askedWords({ ...counts }, vacation)).not.toBe(words);
    expect(askedWords(counts, question('vacat', 'book'))).not.toBe(words);
    expect(askedWords(counts, question())).toBeUndefined();
  });
});

describe('pagePrior', () => {
  const LEAVE = 'GitLab handbook:people-group/leave';
  const topics: TopicCounts = { smoothing: 10, questions: 6, answered: { [LEAVE]: 6 }, wordSmoothing: 40, words: {} };
  const pages: PageCounts = { smoothing: 3, wordSmoothing: 20, answered: { 'GitLab handbook:people-group/leave/calendar/index.html.md': 5, 'GitLab handbook:people-group/leave/parental/index.html.md': 1 }, words: {}, sectionSmoothing: 5, sections: {}, sectionWordSmoothing: 10, sectionWords: {} };

  it("favours the page of its topic that answered more of the topic's questions than an even share", () => {
    const [calendar, parental] = pagePrior(index, topics, pages, [PEOPLE_CALENDAR, PARENTAL]);
    // An even share is a quarter: log((5 + 3 / 4) / (6 + 3) × 4) and log((1 + 3 / 4) / 9 × 4).
    expect(calendar).toBeCloseTo(Math.log((5.75 / 9) * 4), 12);
    expect(parental).toBeCloseTo(Math.log((1.75 / 9) * 4), 12);
  });

  it('gives 0 to the pages of a topic no question came from, and to a path the index lacks', () => {
    expect(pagePrior(index, topics, pages, [DEPLOYS_CALENDAR, 'handbook/nowhere/index.html.md'])).toEqual([0, 0]);
  });
});

describe('pageWords', () => {
  const LEAVE = 'GitLab handbook:people-group/leave';
  const CALENDAR = 'GitLab handbook:people-group/leave/calendar/index.html.md';
  const PARENTAL_KEY = 'GitLab handbook:people-group/leave/parental/index.html.md';
  const topics: TopicCounts = { smoothing: 10, questions: 4, answered: { [LEAVE]: 4 }, wordSmoothing: 40, words: { [LEAVE]: { calendar: 2, babi: 2 } } };
  const pages: PageCounts = { smoothing: 20, wordSmoothing: 2, answered: { [CALENDAR]: 2, [PARENTAL_KEY]: 2 }, words: { [CALENDAR]: { calendar: 2 }, [PARENTAL_KEY]: { babi: 2 } }, sectionSmoothing: 5, sections: {}, sectionWordSmoothing: 10, sectionWords: {} };

  it("favours, within a topic, the page whose own questions used the words asked, against the topic's", () => {
    const [calendar, parental] = pageWords(index, pages, questionWords(topics, ['calendar']), [PEOPLE_CALENDAR, PARENTAL]);
    // The topic's share of "calendar": all words are the topic's, 4, over 2 terms, so (2 + 40 × 3/6) / 44.
    const inTopic = (2 + 40 * (3 / 6)) / 44;
    expect(calendar).toBeCloseTo(Math.log((2 + 2 * inTopic) / 4 / inTopic), 12);
    expect(parental).toBeCloseTo(Math.log((0 + 2 * inTopic) / 4 / inTopic), 12);
  });

  it('gives 0 to a page no question came from, to no words and to a path the index lacks', () => {
    expect(pageWords(index, pages, questionWords(topics, ['calendar']), ['handbook/people-group/leave/index.html.md', 'handbook/nowhere/index.html.md'])).toEqual([0, 0]);
    expect(pageWords(index, pages, questionWords(topics, []), [PEOPLE_CALENDAR])).toEqual([0]);
  });
});

describe('countedFeatures and countedFit', () => {
  const LEAVE = 'GitLab handbook:people-group/leave';
  const CALENDAR = 'GitLab handbook:people-group/leave/calendar/index.html.md';
  const topics: TopicCounts = { smoothing: 10, questions: 4, answered: { [LEAVE]: 4 }, wordSmoothing: 40, words: { [LEAVE]: { calendar: 4 } } };
  const pages: PageCounts = { smoothing: 20, wordSmoothing: 2, answered: { [CALENDAR]: 4 }, words: { [CALENDAR]: { calendar: 4 } }, sectionSmoothing: 5, sections: {}, sectionWordSmoothing: 10, sectionWords: {} };
  const calendar: ParsedQuestion = { concepts: [{ term: 'calendar', alternatives: [['calendar']] }], weights: new Map([['calendar', 1]]), sources: [], asksAmount: false, asked: [true] };
  const paths = [PEOPLE_CALENDAR, DEPLOYS_CALENDAR];

  it('are the four counted features of each path, and their sum', () => {
    const words = askedWords(topics, calendar);
    const features = countedFeatures(index, { topics, pages }, calendar, paths);
    expect(features).toEqual({ topicPrior: topicPrior(index, topics, paths), topicWords: topicWords(index, topics, words, paths), pagePrior: pagePrior(index, topics, pages, paths), pageWords: pageWords(index, pages, words, paths) });
    const fit = countedFit(index, { topics, pages }, calendar, paths);
    fit.forEach((value, i) => expect(value).toBeCloseTo(features.topicPrior[i]! + features.topicWords[i]! + features.pagePrior[i]! + features.pageWords[i]!, 12));
    expect(fit[0]).toBeGreaterThan(fit[1]!);
  });

  it('are 0 where their counts are missing', () => {
    expect(countedFeatures(index, {}, calendar, paths)).toEqual({ topicPrior: [0, 0], topicWords: [0, 0], pagePrior: [0, 0], pageWords: [0, 0] });
    expect(countedFeatures(index, { topics }, calendar, paths)).toMatchObject({ pagePrior: [0, 0], pageWords: [0, 0] });
  });
});

describe('sectionOdds', () => {
  const SICK = 'handbook/people-group/leave/sick/index.html.md';
  const pages = (sections: Record<string, Record<string, number>>): PageCounts => ({ smoothing: 20, wordSmoothing: 20, answered: {}, words: {}, sectionSmoothing: 3, sections, sectionWordSmoothing: 10, sectionWords: {} });

  it("weighs each section of a page by how much more often the page's questions were answered there than an even share", () => {
    const odds = sectionOdds(index, pages({ 'GitLab handbook:people-group/leave/sick/index.html.md': { reporting: 5, 'sick leave': 1 } }), SICK)!;
    // Three sections, six questions: ((5 + 3 / 3) / (6 + 3)) × 3 = 2 for Reporting, (1 + 1) / 9 × 3 for the opening, 1 / 9 × 3 for Pay.
    expect(odds.of('Reporting')).toBeCloseTo(2, 12);
    expect(odds.of('Sick leave')).toBeCloseTo(2 / 3, 12);
    expect(odds.of('Pay')).toBeCloseTo(1 / 3, 12);
  });

  describe('with the words of the questions answered there', () => {
    const SICK_KEY = 'GitLab handbook:people-group/leave/sick/index.html.md';
    const LEAVE = 'GitLab handbook:people-group/leave';
    // Six questions of the sick leave page: three answered in Reporting, all asking "report"; three in Pay, all "paid".
    const topics: TopicCounts = { smoothing: 10, questions: 6, answered: { [LEAVE]: 6 }, wordSmoothing: 40, words: { [LEAVE]: { report: 3, paid: 3 } } };
    const counts: PageCounts = {
      ...pages({ [SICK_KEY]: { reporting: 3, pay: 3 } }),
      answered: { [SICK_KEY]: 6 },
      words: { [SICK_KEY]: { report: 3, paid: 3 } },
      sectionWords: { [SICK_KEY]: { reporting: { report: 3 }, pay: { paid: 3 } } },
    };

    it('favours the section whose questions used the words asked, against the page\'s questions', () => {
      const odds = sectionOdds(index, counts, SICK, questionWords(topics, ['paid']))!;
      // The page's share of "paid" is a half (its words and its topic's agree), so Pay gets (3 + 10 × 0.5) / (3 + 10) / 0.5
      // and Reporting (0 + 10 × 0.5) / 13 / 0.5, each times the even prior ((3 + 1) / 9) × 3.
      const even = (4 / 9) * 3;
      expect(odds.of('Pay')).toBeCloseTo(even * (8 / 13 / 0.5), 12);
      expect(odds.of('Reporting')).toBeCloseTo(even * (5 / 13 / 0.5), 12);
      expect(odds.of('Sick leave')).toBeCloseTo((1 / 9) * 3, 12);
    });

    it('weighs by where questions were answered alone when the question has no words the counts know of, or is not given', () => {
      const alone = sectionOdds(index, counts, SICK)!;
      expect(alone.of('Pay')).toBeCloseTo(alone.of('Reporting'), 12);
      const unknown = sectionOdds(index, counts, SICK, questionWords(topics, ['holidai']))!;
      expect(unknown.of('Pay')).toBeCloseTo(unknown.of('Reporting'), 12);
    });
  });

  it('gives nothing for a page no labelled question was answered from, or a path the index lacks', () => {
    expect(sectionOdds(index, pages({}), SICK)).toBeUndefined();
    expect(sectionOdds(index, pages({ x: { a: 1 } }), 'handbook/nowhere/index.html.md')).toBeUndefined();
  });
});
