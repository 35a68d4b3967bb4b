import { pathUnderSource } from '../knowledge/resolve-url.js';
import type { Section } from '../knowledge/types.js';
import type { ParsedQuestion } from './parse-question.js';
import type { TopicCounts } from './page-ranker.js';
import { termPostingRuns } from './search-cached-index.js';
import type { SectionIndex } from './section-index.js';

/**
 * Folder levels below a source's own folder that make one topic: `engineering/development` in the GitLab
 * handbook, `departments/engineering` in Sourcegraph's. One and three levels were measured to help less.
 */
const TOPIC_DEPTH = 2;
/** How many sections' worth of the whole knowledge's word use a topic's own is smoothed with. */
const SMOOTHING = 10;
const MAX_STAMP = 2 ** 31 - 1;
/**
 * Words whose counts per topic are kept: a common word ("team", "review") costs a pass over tens of
 * thousands of postings, and questions keep asking the same common words. A few hundred topics make
 * an entry a few kilobytes.
 */
const CACHED_WORDS = 4096;

interface TopicFolders {
  /** Per topic number, its name (`topicOf`). */
  names: string[];
  /** Per section id, its topic's number. */
  ofSection: Int32Array;
  /** Per topic, its sections. */
  sizes: Int32Array;
  /** Per topic, its pages. */
  pages: Int32Array;
  /** Per page path, its topic's number. */
  ofPath: Map<string, number>;
  /** Per word read so far (the most recent `CACHED_WORDS`), per topic, its sections that have the word. */
  counts: Map<string, Int32Array>;
  /** Per section id, the last word that counted it (see `stamp`). */
  countedFor: Int32Array;
  /** Numbers the words counted, so that `countedFor` needs no clearing. */
  stamp: number;
}

const topicsOf = new WeakMap<SectionIndex, TopicFolders>();

/** The topic a page belongs to: its source, and its folder below the source's pattern cut to `TOPIC_DEPTH` levels. */
export function topicOf(section: Pick<Section, 'source' | 'path'>, index: Pick<SectionIndex, 'config'>): string {
  const source = index.config.sources.find((candidate) => candidate.name === section.source);
  const folders = (source ? pathUnderSource(section.path, source) : section.path).split('/').slice(0, -1);
  return `${section.source}:${folders.slice(0, TOPIC_DEPTH).join('/')}`;
}

/**
 * How much better the question's words fit each page's topic than the knowledge as a whole: per question
 * word, weighed as the search weighs it, the log ratio of the share of the topic's sections that have the
 * word to the share of all sections that do, smoothed towards the latter; averaged over the words. A
 * topic-level language model: among pages that match the words alike, it favours the one from the part
 * of the handbook that talks about such things. One value per path; words the index lacks count for none.
 */
export function topicMatch(index: SectionIndex, question: ParsedQuestion, paths: readonly string[]): number[] {
  const topics = topicFoldersOf(index);
  const wanted = paths.map((path) => topics.ofPath.get(path));
  const sums = new Float64Array(paths.length);
  let totalWeight = 0;
  for (const [term, weight] of question.weights) {
    const frequency = index.documentFrequency.get(term);
    if (!frequency) continue;
    const counts = countsOf(topics, term, index);
    const share = frequency / index.sections.length;
    wanted.forEach((topic, i) => {
      if (topic !== undefined) sums[i]! += weight * Math.log((counts[topic]! + SMOOTHING * share) / (topics.sizes[topic]! + SMOOTHING) / share);
    });
    totalWeight += weight;
  }
  return Array.from(sums, (sum) => (totalWeight > 0 ? sum / totalWeight : 0));
}

/** The topic of a page of the index, by its path; `undefined` for a path the index does not have. */
export function topicOfPath(index: SectionIndex, path: string): string | undefined {
  const topics = topicFoldersOf(index);
  const topic = topics.ofPath.get(path);
  return topic === undefined ? undefined : topics.names[topic];
}

/**
 * Per path, how much more often labelled questions were answered from its topic than the topic's share
 * of the pages would say: log((answered + smoothing × share) / (questions + smoothing) / share). A
 * topic no question was answered from gets log(smoothing / (questions + smoothing)) whatever its size,
 * so it is one constant for all of them: the ranker compares pages, and a constant changes no order.
 */
export function topicPrior(index: SectionIndex, counts: TopicCounts, paths: readonly string[]): number[] {
  const topics = topicFoldersOf(index);
  const { smoothing, questions, answered } = counts;
  return paths.map((path) => {
    const topic = topics.ofPath.get(path);
    if (topic === undefined) return 0;
    const share = topics.pages[topic]! / topics.ofPath.size;
    return Math.log(((answered[topics.names[topic]!] ?? 0) + smoothing * share) / (questions + smoothing) / share);
  });
}

/**
 * Per path, how much more often the labelled questions answered from its topic used `terms` than all
 * the labelled questions did: per term, the log ratio of its share of the topic's question words
 * (smoothed towards the next) to its share of all questions' words (plus one), averaged over the
 * terms. Naive Bayes over question words: it learns that "OOO" and "sick" are asked of the paid time
 * off pages. A topic no question was answered from gets 0, and every topic when no question has words.
 */
export function topicWords(index: SectionIndex, counts: TopicCounts, terms: readonly string[], paths: readonly string[]): number[] {
  const topics = topicFoldersOf(index);
  const totals = wordTotalsOf(counts);
  const distinct = [...new Set(terms)];
  const everywhere = distinct.map((term) => ((totals.everywhere.get(term) ?? 0) + 1) / (totals.words + totals.vocabulary));
  return paths.map((path) => {
    const topic = topics.ofPath.get(path);
    const name = topic === undefined ? undefined : topics.names[topic]!;
    const words = name === undefined ? undefined : counts.words[name];
    if (!words || distinct.length === 0 || totals.words === 0) return 0;
    const own = totals.ofTopic.get(name!) ?? 0;
    let sum = 0;
    distinct.forEach((term, i) => {
      sum += Math.log(((words[term] ?? 0) + counts.wordSmoothing * everywhere[i]!) / (own + counts.wordSmoothing) / everywhere[i]!);
    });
    return sum / distinct.length;
  });
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

/** Per topic, how many of its sections have `term` in any field; kept for the most recent words. */
function countsOf(topics: TopicFolders, term: string, index: SectionIndex): Int32Array {
  const known = topics.counts.get(term);
  if (known) {
    // Read again: moved to the newest end, so that eviction drops the longest unread.
    topics.counts.delete(term);
    topics.counts.set(term, known);
    return known;
  }
  const counts = countSections(topics, term, index);
  if (topics.counts.size >= CACHED_WORDS) topics.counts.delete(topics.counts.keys().next().value!);
  topics.counts.set(term, counts);
  return counts;
}

function countSections(topics: TopicFolders, term: string, index: SectionIndex): Int32Array {
  const { ofSection, countedFor } = topics;
  const counts = new Int32Array(topics.sizes.length);
  if (topics.stamp === MAX_STAMP) countedFor.fill((topics.stamp = 0));
  const stamp = ++topics.stamp;
  for (const { postings, at, count, firstId } of termPostingRuns(index, term)) {
    for (let j = at; j < at + count; j++) {
      const id = (firstId + postings[j]!) | 0;
      // A section with the word in its title and its text is one section that has it.
      if (countedFor[id] === stamp) continue;
      countedFor[id] = stamp;
      counts[ofSection[id]!]!++;
    }
  }
  return counts;
}

/** Made on first use and kept, like page outlines: one pass over the sections' paths. */
function topicFoldersOf(index: SectionIndex): TopicFolders {
  let topics = topicsOf.get(index);
  if (!topics) topicsOf.set(index, (topics = groupTopics(index)));
  return topics;
}

function groupTopics(index: SectionIndex): TopicFolders {
  const numbers = new Map<string, number>();
  const ofPath = new Map<string, number>();
  const ofSection = new Int32Array(index.sections.length);
  const sizes: number[] = [];
  const pages: number[] = [];
  for (const section of index.sections) {
    let topic = ofPath.get(section.path);
    if (topic === undefined) {
      const name = topicOf(section, index);
      topic = numbers.get(name);
      if (topic === undefined) numbers.set(name, (topic = numbers.size));
      ofPath.set(section.path, topic);
      pages[topic] = (pages[topic] ?? 0) + 1;
    }
    ofSection[section.id] = topic;
    sizes[topic] = (sizes[topic] ?? 0) + 1;
  }
  const names = [...numbers.keys()];
  return { names, ofSection, sizes: Int32Array.from(sizes), pages: Int32Array.from(pages), ofPath, counts: new Map(), countedFor: new Int32Array(index.sections.length), stamp: 0 };
}
