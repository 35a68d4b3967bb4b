import { pathUnderSource } from '../knowledge/resolve-url.js';
import type { Section } from '../knowledge/types.js';
import type { ParsedQuestion } from './parse-question.js';
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
  /** Per section id, its topic's number. */
  ofSection: Int32Array;
  /** Per topic, its sections. */
  sizes: Int32Array;
  /** Per page path, its topic's number. */
  ofPath: Map<string, number>;
  /** Per page path, where it is (`placeOf`): made once, since every answer reads it for ten pages. */
  places: Map<string, PagePlace>;
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
  const folders = pathBelowSource(section, index).split('/').slice(0, -1);
  return `${section.source}:${folders.slice(0, TOPIC_DEPTH).join('/')}`;
}

/** A page's name that does not change with where a knowledge root starts: its source, and its path below the source's pattern. */
export function pageKeyOf(section: Pick<Section, 'source' | 'path'>, index: Pick<SectionIndex, 'config'>): string {
  return `${section.source}:${pathBelowSource(section, index)}`;
}

function pathBelowSource(section: Pick<Section, 'source' | 'path'>, index: Pick<SectionIndex, 'config'>): string {
  const source = index.config.sources.find((candidate) => candidate.name === section.source);
  return source ? pathUnderSource(section.path, source) : section.path;
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

/** Where a page of the index is: its topic, how many pages the topic has, the page's own name (`pageKeyOf`) and how many sections it has. */
export interface PagePlace {
  topic: string;
  topicPages: number;
  page: string;
  /** The page's sections. */
  sections: number;
}

/** `undefined` for a path the index does not have. */
export function placeOf(index: SectionIndex, path: string): PagePlace | undefined {
  return topicFoldersOf(index).places.get(path);
}

/** The number of pages in the index (each path once). */
export function pageCount(index: SectionIndex): number {
  return topicFoldersOf(index).ofPath.size;
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
  const firstSections = new Map<string, Section>();
  const sectionsOf = new Map<string, number>();
  for (const section of index.sections) {
    sectionsOf.set(section.path, (sectionsOf.get(section.path) ?? 0) + 1);
    let topic = ofPath.get(section.path);
    if (topic === undefined) {
      const name = topicOf(section, index);
      topic = numbers.get(name);
      if (topic === undefined) numbers.set(name, (topic = numbers.size));
      ofPath.set(section.path, topic);
      firstSections.set(section.path, section);
      pages[topic] = (pages[topic] ?? 0) + 1;
    }
    ofSection[section.id] = topic;
    sizes[topic] = (sizes[topic] ?? 0) + 1;
  }
  const names = [...numbers.keys()];
  const places = new Map<string, PagePlace>();
  for (const [path, topic] of ofPath) {
    places.set(path, { topic: names[topic]!, topicPages: pages[topic]!, page: pageKeyOf(firstSections.get(path)!, index), sections: sectionsOf.get(path)! });
  }
  return { ofSection, sizes: Int32Array.from(sizes), ofPath, places, counts: new Map(), countedFor: new Int32Array(index.sections.length), stamp: 0 };
}
