import type { PageCounts, TopicCounts } from './page-ranker.js';
import type { SectionIndex } from './section-index.js';
import { pageCount, placeOf } from './topic-folders.js';

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
  const pageTotals = pageTotalsOf(pages);
  return paths.map((path) => {
    const place = placeOf(index, path);
    const used = place ? pages.words[place.page] : undefined;
    const own = place ? (pageTotals.get(place.page) ?? 0) : 0;
    if (!words || !place || !used || own === 0) return 0;
    return mean(
      words.terms.map((term) => {
        const inTopic = words.inTopic(place.topic, term);
        return Math.log(((used[term] ?? 0) + pages.wordSmoothing * inTopic) / (own + pages.wordSmoothing) / inTopic);
      }),
    );
  });
}

/**
 * For one page, how much more often labelled questions were answered from each of its sections than
 * an even share of the page's questions: ((answered there + smoothing / sections) / (answered from
 * the page + smoothing)) × sections, by the section's own heading; and the most any section gets.
 * Not a ranking feature: it weighs which section of the page answered is quoted (`answerQuestion`).
 * `undefined` for a page no labelled question was answered from.
 */
export function sectionPrior(index: SectionIndex, pages: PageCounts, path: string): { of: (heading: string) => number; most: number } | undefined {
  const place = placeOf(index, path);
  const answered = place ? pages.sections[place.page] : undefined;
  if (!place || !answered) return undefined;
  const counts = Object.values(answered);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const share = (count: number) => ((count + pages.sectionSmoothing / place.sections) / (total + pages.sectionSmoothing)) * place.sections;
  return { of: (heading) => share(answered[heading.toLowerCase()] ?? 0), most: share(Math.max(0, ...counts)) };
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

const pageTotals = new WeakMap<PageCounts, Map<string, number>>();

/** Per page, the uses of all its terms; added up once per set of counts. */
function pageTotalsOf(pages: PageCounts): Map<string, number> {
  let totals = pageTotals.get(pages);
  if (!totals) {
    totals = new Map(Object.entries(pages.words).map(([page, used]) => [page, Object.values(used).reduce((sum, count) => sum + count, 0)]));
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

