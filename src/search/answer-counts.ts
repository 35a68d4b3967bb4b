import type { AnswerCounts, PageCounts, TopicCounts } from './page-ranker.js';
import type { ParsedQuestion } from './parse-question.js';
import type { SectionIndex } from './section-index.js';
import { pageCount, placeOf, type PagePlace } from './topic-folders.js';

/*
 * The ranker's features learned from labelled questions: where they were answered (by topic and by
 * page) and in which words, read for each of a question's first pages. The counts are the ranker's
 * (`PageRanker.topics`, `PageRanker.pages`), learned by `onboard train-ranker`.
 */

/**
 * Per path, how much more often labelled questions were answered from its topic than the topic's share
 * of the pages would say: log((answered + smoothing × share) / (questions + smoothing) / share). A
 * topic no question was answered from gets log(smoothing / (questions + smoothing)) whatever its size,
 * so it is one constant for all of them: the ranker compares pages, and a constant changes no order.
 */
export function topicPrior(index: SectionIndex, counts: TopicCounts, paths: readonly string[]): number[] {
  const { smoothing, questions, answered } = counts;
  const pages = pageCount(index);
  return paths.map((path) => {
    const place = placeOf(index, path);
    if (!place) return 0;
    const share = place.topicPages / pages;
    return Math.log(((answered[place.topic] ?? 0) + smoothing * share) / (questions + smoothing) / share);
  });
}

/** A question's distinct terms with what the topic counts say of them; read by `topicWords` and `pageWords` alike. */
export interface QuestionWords {
  terms: string[];
  /** Per term, its share of all the labelled questions' words (plus one). */
  everywhere: number[];
  /** A topic's smoothed share of a term among its questions' words. */
  inTopic: (topic: string, term: string) => number;
}

/** Worked out once per question; `undefined` when it has no terms or no labelled question has words. */
export function questionWords(counts: TopicCounts, terms: readonly string[]): QuestionWords | undefined {
  const totals = wordTotalsOf(counts);
  const distinct = [...new Set(terms)];
  if (distinct.length === 0 || totals.words === 0) return undefined;
  const everywhere = distinct.map((term) => ((totals.everywhere.get(term) ?? 0) + 1) / (totals.words + totals.vocabulary));
  const shareOf = new Map(distinct.map((term, i) => [term, everywhere[i]!]));
  return {
    terms: distinct,
    everywhere,
    inTopic: (topic, term) => ((counts.words[topic]?.[term] ?? 0) + counts.wordSmoothing * shareOf.get(term)!) / ((totals.ofTopic.get(topic) ?? 0) + counts.wordSmoothing),
  };
}

const asked = new WeakMap<TopicCounts, WeakMap<ParsedQuestion, QuestionWords | undefined>>();

/**
 * `questionWords` of a question's concepts, worked out once per question and counts: the pages to
 * rerank, their features and the quoted section's odds all read them.
 */
export function askedWords(counts: TopicCounts, question: ParsedQuestion): QuestionWords | undefined {
  let byQuestion = asked.get(counts);
  if (!byQuestion) asked.set(counts, (byQuestion = new WeakMap()));
  if (!byQuestion.has(question)) byQuestion.set(question, questionWords(counts, question.concepts.map((concept) => concept.term)));
  return byQuestion.get(question);
}

/**
 * Per path, how much more often the labelled questions answered from its topic used the question's
 * terms than all the labelled questions did: per term, the log ratio of its share of the topic's
 * question words (smoothed towards the next) to its share of all questions' words (plus one), averaged
 * over the terms. Naive Bayes over question words: it learns that "OOO" and "sick" are asked of the paid
 * time off pages. A topic no question was answered from gets 0, and every topic without `words`.
 */
export function topicWords(index: SectionIndex, counts: TopicCounts, words: QuestionWords | undefined, paths: readonly string[]): number[] {
  return paths.map((path) => {
    const topic = placeOf(index, path)?.topic;
    if (!words || topic === undefined || !counts.words[topic]) return 0;
    return mean(words.terms.map((term, i) => Math.log(words.inTopic(topic, term) / words.everywhere[i]!)));
  });
}

/**
 * Per path, how much more often the labelled questions answered from that very page than the others of
 * its topic: the log ratio of its share of its topic's questions (smoothed with `smoothing` questions'
 * worth of an even share) to an even share. A page of a topic no question came from gets 0.
 */
export function pagePrior(index: SectionIndex, topics: TopicCounts, pages: PageCounts, paths: readonly string[]): number[] {
  return paths.map((path) => {
    const place = placeOf(index, path);
    if (!place) return 0;
    const even = 1 / place.topicPages;
    return Math.log(((pages.answered[place.page] ?? 0) + pages.smoothing * even) / ((topics.answered[place.topic] ?? 0) + pages.smoothing) / even);
  });
}

/**
 * Per path, how much more often the questions answered from that very page used `terms` than those of
 * its topic did (`topicWords` one level down): per term, the log ratio of its share of the page's
 * question words, smoothed with `wordSmoothing` words' worth of the topic's, to the topic's share,
 * averaged. A page no question was answered from gets 0.
 */
export function pageWords(index: SectionIndex, pages: PageCounts, words: QuestionWords | undefined, paths: readonly string[]): number[] {
  return paths.map((path) => {
    const place = placeOf(index, path);
    const inPage = place && words ? pageShares(pages, place, words) : undefined;
    if (!place || !words || !inPage) return 0;
    return mean(words.terms.map((term, i) => Math.log(inPage[i]! / words.inTopic(place.topic, term))));
  });
}

/** The four page features the counts make, per path. */
export interface CountedFeatures {
  topicPrior: number[];
  topicWords: number[];
  pagePrior: number[];
  pageWords: number[];
}

/** Per path, the four counted features (`PageRanker`'s), each 0 for every path where its counts are missing (a ranker made by hand). */
export function countedFeatures(index: SectionIndex, { topics, pages }: AnswerCounts, question: ParsedQuestion, paths: readonly string[]): CountedFeatures {
  const none = paths.map(() => 0);
  if (!topics) return { topicPrior: none, topicWords: none, pagePrior: none, pageWords: none };
  const words = askedWords(topics, question);
  return {
    topicPrior: topicPrior(index, topics, paths),
    topicWords: topicWords(index, topics, words, paths),
    pagePrior: pages ? pagePrior(index, topics, pages, paths) : none,
    pageWords: pages ? pageWords(index, pages, words, paths) : none,
  };
}

/**
 * Per path, how well the labelled questions say the page fits the question: the four counted
 * features added up, unweighted. It chooses which pages past the word search's first the ranker
 * weighs too (`pagesToRerank`).
 */
export function countedFit(index: SectionIndex, counts: AnswerCounts, question: ParsedQuestion, paths: readonly string[]): number[] {
  const { topicPrior: topic, topicWords: topicFit, pagePrior: page, pageWords: pageFit } = countedFeatures(index, counts, question, paths);
  return paths.map((_, i) => topic[i]! + topicFit[i]! + page[i]! + pageFit[i]!);
}

/**
 * Per term of the question, its share of the words of the questions answered from the page, smoothed
 * with `wordSmoothing` words' worth of its topic's share; `undefined` for a page no question was answered from.
 */
function pageShares(pages: PageCounts, place: PagePlace, words: QuestionWords): number[] | undefined {
  const used = pages.words[place.page];
  const own = pageTotalsOf(pages).get(place.page) ?? 0;
  if (!used || own === 0) return undefined;
  return words.terms.map((term) => {
    const inTopic = words.inTopic(place.topic, term);
    return ((used[term] ?? 0) + pages.wordSmoothing * inTopic) / (own + pages.wordSmoothing);
  });
}

/** How a page's sections weigh as the one to quote (`sectionOdds`), per heading. */
export interface SectionOdds {
  of: (heading: string) => number;
}

/**
 * For one page, how much more likely each of its sections is to answer the question than the others,
 * from the labelled questions answered from the page. Two factors, by the section's own heading:
 * - how much more often questions were answered there than an even share of the page's questions:
 *   ((answered there + smoothing / sections) / (answered from the page + smoothing)) × sections;
 * - with the question's `words`, how much more often the questions answered there used them than the
 *   page's questions did (`pageWords` one level down): exp of the mean log ratio of each term's share
 *   of the section's question words, smoothed with `sectionWordSmoothing` words' worth of the page's
 *   share, to the page's share. It learns that on the paid time off page, "sick" is asked of the sick
 *   time sections.
 * Not a ranking feature: it weighs which section of the page answered is quoted (`answerQuestion`).
 * `undefined` for a page no labelled question was answered from.
 */
export function sectionOdds(index: SectionIndex, pages: PageCounts, path: string, words?: QuestionWords): SectionOdds | undefined {
  const place = placeOf(index, path);
  const answered = place ? pages.sections[place.page] : undefined;
  if (!place || !answered) return undefined;
  const total = totalOf(answered);
  const share = (count: number) => ((count + pages.sectionSmoothing / place.sections) / (total + pages.sectionSmoothing)) * place.sections;
  const fit = sectionWordsFit(pages, place, words);
  const weights = new Map(Object.entries(answered).map(([heading, count]) => [heading, share(count) * fit(heading)]));
  return { of: (heading) => weights.get(heading.toLowerCase()) ?? share(0) };
}

/** Per heading, the section words' factor of `sectionOdds`; 1 for a section without counted words, or without question words. */
function sectionWordsFit(pages: PageCounts, place: PagePlace, words: QuestionWords | undefined): (heading: string) => number {
  const counted = pages.sectionWords[place.page];
  const inPage = counted && words ? pageShares(pages, place, words) : undefined;
  if (!counted || !words || !inPage) return () => 1;
  return (heading) => {
    const used = counted[heading];
    if (!used) return 1;
    const own = totalOf(used);
    const smoothing = pages.sectionWordSmoothing;
    return Math.exp(mean(words.terms.map((term, i) => Math.log(((used[term] ?? 0) + smoothing * inPage[i]!) / (own + smoothing) / inPage[i]!))));
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function mean(values: number[]): number {
  return sum(values) / values.length;
}

const recordTotals = new WeakMap<Readonly<Record<string, number>>, number>();

/** A record's counts added up, once per record: a page's sections or a section's words are read for every question about the page. */
function totalOf(counts: Readonly<Record<string, number>>): number {
  let total = recordTotals.get(counts);
  if (total === undefined) recordTotals.set(counts, (total = sum(Object.values(counts))));
  return total;
}

const pageTotals = new WeakMap<PageCounts, Map<string, number>>();

/** Per page, the uses of all its terms; added up once per set of counts. */
function pageTotalsOf(pages: PageCounts): Map<string, number> {
  let totals = pageTotals.get(pages);
  if (!totals) {
    totals = new Map(Object.entries(pages.words).map(([page, used]) => [page, sum(Object.values(used))]));
    pageTotals.set(pages, totals);
  }
  return totals;
}

interface WordTotals {
  /** Per term, its uses over all topics. */
  everywhere: Map<string, number>;
  /** All uses of all terms. */
  words: number;
  /** Terms used at least once. */
  vocabulary: number;
  /** Per topic, the uses of all its terms. */
  ofTopic: Map<string, number>;
}

const wordTotals = new WeakMap<TopicCounts, WordTotals>();

/** Added up once per set of counts: a ranker's, or each one training makes without a question. */
function wordTotalsOf(counts: TopicCounts): WordTotals {
  let totals = wordTotals.get(counts);
  if (totals) return totals;
  totals = { everywhere: new Map(), words: 0, vocabulary: 0, ofTopic: new Map() };
  for (const [topic, words] of Object.entries(counts.words)) {
    let own = 0;
    for (const [term, count] of Object.entries(words)) {
      totals.everywhere.set(term, (totals.everywhere.get(term) ?? 0) + count);
      own += count;
    }
    totals.ofTopic.set(topic, own);
    totals.words += own;
  }
  for (const count of totals.everywhere.values()) if (count > 0) totals.vocabulary++;
  wordTotals.set(counts, totals);
  return totals;
}

