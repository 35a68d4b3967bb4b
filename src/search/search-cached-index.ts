import type { SearchOptions } from 'minisearch';
import { CachedTermPostings, type PostingsRun } from './cached-term-postings.js';
import { layoutOf, type IndexLayout } from './cached-index-layout.js';
import type { MiniSearchInternals, TermData } from './minisearch-internals.js';
import type { SectionIndex } from './section-index.js';

/**
 * The MiniSearch search options `searchSections` passes, with document boosts as an array in place of
 * `boostDocument`. The others (tokenize, weights, bm25...) come from the instance's own options, as in
 * MiniSearch; `filter` and AND searches it cannot reproduce without MiniSearch's result objects.
 */
export type CachedSearchOptions = Pick<SearchOptions, 'boost' | 'boostTerm' | 'fuzzy' | 'prefix'> & {
  combineWith?: 'OR' | 'or';
  /** How many of the best results to return. */
  limit: number;
  /**
   * Per document id (its short id: see `layoutOf`), the boost a `boostDocument` reading this array would
   * return for it whatever the term matched: read in the scoring loop instead of a call per posting.
   */
  documentBoosts: Float64Array;
};

export interface CachedSearchResult {
  id: number;
  score: number;
  /** The query terms the document matched, in query order. */
  queryTerms: string[];
}

/**
 * `minisearch.search(query, { ...options, boostDocument: (id) => documentBoosts[id] }).slice(0, limit)`
 * with the same ids, scores (bit for bit), order and query terms. MiniSearch builds a result object, a
 * terms array and a match object for every posting of every query term, then sorts every match; over
 * tens of thousands of sections a common word costs tens of milliseconds. Here scores add up in typed
 * arrays, read straight from the cached postings, and only the best `limit` documents become objects.
 * It follows MiniSearch 7's `executeQuery`, `executeQuerySpec`, `termResults` and OR combination step by
 * step, so that floating-point sums happen in the same order.
 */
export function searchCachedIndex(index: SectionIndex, query: string, options: CachedSearchOptions): CachedSearchResult[] {
  const state = stateOf(layoutOf(index.minisearch));
  const settings = settingsOf(state.layout.internals, options);
  const terms = settings.tokenize(query).flatMap((term) => settings.processTerm(term) || []);
  const distinct = [...new Set(terms)];
  const words = Math.max(1, Math.ceil(distinct.length / 32));
  const scratch = takeScratch(state, words, terms.length);
  try {
    const search: Search = { state, settings, terms, termBits: Int32Array.from(terms, (term) => distinct.indexOf(term)), words, scratch };
    scoreTerms(search);
    return bestOf(search, options.limit).map(({ doc, score }) => ({
      id: doc,
      score,
      queryTerms: distinct.filter((_term, bit) => (scratch.matched[doc * words + (bit >>> 5)]! & (1 << (bit & 31))) !== 0),
    }));
  } finally {
    scratch.busy = false;
  }
}

interface Search {
  state: SearchState;
  settings: Settings;
  terms: string[];
  /** Per query term, its bit among the distinct terms. */
  termBits: Int32Array;
  words: number;
  scratch: Scratch;
}

/**
 * Adds up each query term's score per document, term after term, as MiniSearch's OR combination does:
 * a document's total is its first matching term's score plus each later term's, in query order. A term's
 * score for a document is complete once the term's postings are read, so it is added to the total when
 * a later term first reaches the document (or, for the last term to reach it, when the best are chosen),
 * not in a pass of its own over every document.
 */
function scoreTerms({ state, settings, terms, termBits, words, scratch }: Search): void {
  const { layout } = state;
  const { k, b, d } = settings.bm25;
  const firstStamp = scratch.firstStamp;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const termBoost = settings.boostTerm ? settings.boostTerm(term, i, terms) : 1;
    for (const { data, weight } of matchingTerms(layout.internals, settings, term, i, terms)) {
      for (const field of settings.fields) {
        const fieldId = layout.fieldIds[field]!;
        const runs = postingRuns(data, fieldId);
        if (runs.length === 0) continue;
        const matchingCount = runs.reduce((sum, run) => sum + run.count, 0);
        const scoring: RunScoring = {
          stamp: firstStamp + i,
          firstStamp,
          termBits,
          words,
          invDocFreq: Math.log(1 + (layout.documentCount - matchingCount + 0.5) / (matchingCount + 0.5)),
          // MiniSearch's product in its order: term weight, term boost, field boost, then document boost and BM25.
          boost: weight * termBoost * (settings.boost?.[field] || 1),
          kPlusOne: k + 1,
          d,
          lengthNorms: lengthNormsOf(state, fieldId, k, b),
          documentBoosts: settings.documentBoosts,
        };
        for (const run of runs) scoreRun(run, scoring, scratch);
      }
    }
  }
}

/** What scoring one run of postings needs: constants of one query term, field and matching index term. */
interface RunScoring {
  /** The query term's stamp: the first term's stamp plus its position. */
  stamp: number;
  /** This search's first stamp: documents stamped below it are untouched by this search. */
  firstStamp: number;
  termBits: Int32Array;
  words: number;
  invDocFreq: number;
  boost: number;
  kPlusOne: number;
  d: number;
  /** Per short id, BM25's length normalisation of the field. */
  lengthNorms: Float64Array;
  /** Per short id, the document boost. */
  documentBoosts: Float64Array;
}

/**
 * Adds one run's scores to the query term's per-document sums. A function of its own, and a small one, so
 * that V8 optimises it within the first question after a start: inside `scoreTerms` the loop ran
 * unoptimised (around a microsecond a posting) until the whole larger function had been compiled.
 * BM25+ is written as MiniSearch's `calcBM25Score` writes it, so that rounding matches.
 */
function scoreRun({ postings, at, count, firstId }: PostingsRun, scoring: RunScoring, scratch: Scratch): void {
  const { stamp, firstStamp, termBits, words, invDocFreq, boost, kPlusOne, d, lengthNorms, documentBoosts } = scoring;
  const { termScore, touchedBy, total, matched, seen } = scratch;
  let seenCount = scratch.seenCount;
  for (let j = at; j < at + count; j++) {
    const doc = (firstId + postings[j]!) | 0;
    const docBoost = documentBoosts[doc]!;
    if (!docBoost) continue;
    const termFreq = postings[j + count]!;
    const score = boost * docBoost * (invDocFreq * (d + (termFreq * kPlusOne) / (termFreq + lengthNorms[doc]!)));
    const last = touchedBy[doc]!;
    if (last === stamp) {
      termScore[doc]! += score;
      continue;
    }
    if (last >= firstStamp) addTermScore(doc, scratch, firstStamp, termBits, words);
    else {
      // The search's first posting of the document: its entries hold what an earlier search left.
      seen[seenCount++] = doc;
      // -0 + x is x for every x, so the first term's score becomes the total exactly as MiniSearch takes it.
      total[doc] = -0;
      for (let word = doc * words; word < (doc + 1) * words; word++) matched[word] = 0;
    }
    touchedBy[doc] = stamp;
    termScore[doc] = score;
  }
  scratch.seenCount = seenCount;
}

/** Adds the score of the term that last touched the document to its total, and marks the term matched. */
function addTermScore(doc: number, { total, termScore, touchedBy, matched }: Scratch, firstStamp: number, termBits: Int32Array, words: number): void {
  total[doc] = total[doc]! + termScore[doc]!;
  const bit = termBits[touchedBy[doc]! - firstStamp]!;
  matched[doc * words + (bit >>> 5)]! |= 1 << (bit & 31);
}

/** Per-document work arrays kept between searches: allocating and zeroing them costs as much as scoring a query's postings. */
interface Scratch {
  total: Float64Array;
  termScore: Float64Array;
  /**
   * Per document, the stamp of the query term that last touched it. Each search takes stamps above every
   * earlier search's, so nothing needs clearing between searches: a stamp below the search's first is untouched.
   */
  touchedBy: Int32Array;
  stamp: number;
  /** Per document, a bit per distinct query term matched. */
  matched: Uint32Array;
  /** The search's first stamp. */
  firstStamp: number;
  /** Documents in the order MiniSearch's combined result Map first gets them (its sort keeps that order for ties), `seenCount` of them. */
  seen: Int32Array;
  seenCount: number;
  busy: boolean;
}

function takeScratch(state: SearchState, words: number, stamps: number): Scratch {
  const slots = state.layout.nextId;
  const pooled = state.scratch;
  // A search started from inside another's callback gets arrays of its own.
  const scratch = pooled && !pooled.busy ? pooled : newScratch(slots);
  if (!pooled) state.scratch = scratch;
  if (scratch.matched.length < slots * words) scratch.matched = new Uint32Array(slots * words);
  if (scratch.stamp + stamps > 0x7fffffff) {
    scratch.touchedBy.fill(-1);
    scratch.stamp = 0;
  }
  scratch.firstStamp = scratch.stamp;
  scratch.stamp += stamps;
  scratch.seenCount = 0;
  scratch.busy = true;
  return scratch;
}

function newScratch(slots: number): Scratch {
  return {
    total: new Float64Array(slots),
    termScore: new Float64Array(slots),
    touchedBy: new Int32Array(slots).fill(-1),
    stamp: 0,
    matched: new Uint32Array(slots),
    firstStamp: 0,
    seen: new Int32Array(slots),
    seenCount: 0,
    busy: false,
  };
}

/** Per short id and field, `k * (1 - b + b * length / average length)` as MiniSearch's `calcBM25Score` computes it. */
function lengthNormsOf(state: SearchState, fieldId: number, k: number, b: number): Float64Array {
  if (state.lengthNorms.k !== k || state.lengthNorms.b !== b) state.lengthNorms = { k, b, byField: [] };
  return (state.lengthNorms.byField[fieldId] ??= computeLengthNorms(state.layout, fieldId, k, b));
}

function computeLengthNorms({ fieldLengths, fields, avgFieldLength, nextId }: IndexLayout, fieldId: number, k: number, b: number): Float64Array {
  const norms = new Float64Array(nextId);
  const average = avgFieldLength[fieldId]!;
  const oneMinusB = 1 - b;
  for (let doc = 0; doc < norms.length; doc++) norms[doc] = k * (oneMinusB + (b * fieldLengths[doc * fields.length + fieldId]!) / average);
  return norms;
}

type Settings = ReturnType<typeof settingsOf>;

/** MiniSearch's defaults, under the instance's `searchOptions`, under the call's options. */
function settingsOf(internals: MiniSearchInternals, options: CachedSearchOptions) {
  const { tokenize, processTerm, fields } = internals._options;
  const merged: SearchOptions & Pick<CachedSearchOptions, 'documentBoosts'> = { tokenize, processTerm, ...internals._options.searchOptions, ...options };
  if ('filter' in merged || 'boostDocument' in merged || (merged.combineWith ?? 'OR').toUpperCase() !== 'OR') {
    throw new Error('Onboard: searchCachedIndex reproduces MiniSearch\'s OR search without a filter or boostDocument (given documentBoosts) only');
  }
  // Every setting named, in one order, rather than spread: a spread object's shape follows the options
  // given, and a shape that changes between searches throws away the scoring loop's optimised code.
  return {
    tokenize: merged.tokenize ?? tokenize,
    processTerm: merged.processTerm ?? processTerm,
    fields: merged.fields ?? fields,
    boost: merged.boost,
    boostTerm: merged.boostTerm,
    documentBoosts: merged.documentBoosts,
    prefix: merged.prefix,
    fuzzy: merged.fuzzy,
    weights: { fuzzy: merged.weights?.fuzzy ?? 0.45, prefix: merged.weights?.prefix ?? 0.375 },
    maxFuzzy: merged.maxFuzzy ?? 6,
    bm25: { k: merged.bm25?.k ?? 1.2, b: merged.bm25?.b ?? 0.7, d: merged.bm25?.d ?? 0.5 },
  };
}

/** The term itself, then its prefix matches, then its fuzzy matches that are not prefix matches, with MiniSearch's weights. */
function matchingTerms(internals: MiniSearchInternals, settings: Settings, term: string, i: number, terms: string[]) {
  const matches: { data: TermData; weight: number }[] = [];
  const exact = internals._index.get(term);
  if (exact) matches.push({ data: exact, weight: 1 });
  const prefix = typeof settings.prefix === 'function' ? settings.prefix(term, i, terms) : settings.prefix === true;
  const fuzzy = typeof settings.fuzzy === 'function' ? settings.fuzzy(term, i, terms) : settings.fuzzy || false;
  let fuzzyMatches: Map<string, [TermData, number]> | undefined;
  if (fuzzy) {
    const share = fuzzy === true ? 0.2 : fuzzy;
    const maxDistance = share < 1 ? Math.min(settings.maxFuzzy, Math.round(term.length * share)) : share;
    if (maxDistance) fuzzyMatches = internals._index.fuzzyGet(term, maxDistance);
  }
  if (prefix) {
    for (const [match, data] of internals._index.atPrefix(term)) {
      const distance = match.length - term.length;
      if (!distance) continue;
      fuzzyMatches?.delete(match);
      matches.push({ data, weight: (settings.weights.prefix * match.length) / (match.length + 0.3 * distance) });
    }
  }
  for (const [match, [data, distance]] of fuzzyMatches ?? []) {
    if (distance) matches.push({ data, weight: (settings.weights.fuzzy * match.length) / (match.length + distance) });
  }
  return matches;
}

/** The postings of `term` itself (no prefix, no typo) in every field: a section with it in two fields is in two runs. */
export function termPostingRuns(index: SectionIndex, term: string): PostingsRun[] {
  const { internals, fields, fieldIds } = layoutOf(index.minisearch);
  const data = internals._index.get(term);
  return data ? fields.flatMap((field) => postingRuns(data, fieldIds[field]!)) : [];
}

/**
 * Which of `terms` a section's text holds, read from the text field's postings: what tokenizing the
 * section's plain text again would give (the index was built from the same text), without reading it.
 * Made once per question; each section's check is a binary search per term.
 */
export function textTermsLookup(index: SectionIndex, terms: Iterable<string>): (sectionId: number) => Set<string> {
  const { internals, fieldIds } = layoutOf(index.minisearch);
  const holders: { term: string; has: (id: number) => boolean }[] = [];
  for (const term of terms) {
    const data = internals._index.get(term);
    if (data) holders.push({ term, has: postingsHave(data, fieldIds.text!) });
  }
  return (id) => new Set(holders.filter(({ has }) => has(id)).map(({ term }) => term));
}

function postingsHave(data: TermData, fieldId: number): (id: number) => boolean {
  const runs = data instanceof CachedTermPostings ? data.fieldRuns(fieldId) : undefined;
  if (!runs) {
    const documents = data.get(fieldId);
    return (id) => documents?.has(id) ?? false;
  }
  return (id) => runs.some((run) => runHas(run, id));
}

/** Section numbers within a run ascend, as the shard added its sections. */
function runHas({ postings, at, count, firstId }: PostingsRun, id: number): boolean {
  const target = id - firstId;
  let low = at;
  let high = at + count - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const number = postings[middle]!;
    if (number === target) return true;
    if (number < target) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** A field's postings as runs of arrays: the cached ones while undecoded, else copied out of MiniSearch's Map. */
function postingRuns(data: TermData, fieldId: number): PostingsRun[] {
  const runs = data instanceof CachedTermPostings ? data.fieldRuns(fieldId) : undefined;
  if (runs) return runs;
  const documents = data.get(fieldId);
  if (!documents) return [];
  return [{ postings: Uint32Array.from([...documents.keys(), ...documents.values()]), at: 0, count: documents.size, firstId: 0 }];
}

/**
 * The `limit` best documents by final score (MiniSearch multiplies by the number of distinct query terms
 * matched), ties in first-seen order: the head of MiniSearch's stable sort, best first. A heap of the
 * `limit` best so far, its root the worst of them, costs one comparison for most documents.
 */
function bestOf({ scratch, termBits, words }: Search, limit: number): { doc: number; score: number }[] {
  const { total, matched, seen, seenCount, firstStamp } = scratch;
  const heap: Heap = { score: new Float64Array(Math.min(limit, seenCount)), rank: new Int32Array(Math.min(limit, seenCount)), size: 0 };
  // The root's score once the heap is full: a later document scoring no more comes after it in the stable sort.
  let floor = Number.POSITIVE_INFINITY;
  for (let rank = 0; rank < seenCount; rank++) {
    const doc = seen[rank]!;
    // The last term to reach the document is added here (see `scoreTerms`).
    addTermScore(doc, scratch, firstStamp, termBits, words);
    const score = total[doc]! * (words === 1 ? bitCount(matched[doc]!) : termsMatched(matched, doc, words));
    if (heap.size < heap.score.length) {
      pushHeap(heap, score, rank);
      if (heap.size === heap.score.length) floor = heap.score[0]!;
    } else if (score > floor) {
      replaceRoot(heap, score, rank);
      floor = heap.score[0]!;
    }
  }
  const best = Array.from(heap.rank.subarray(0, heap.size), (rank, at) => ({ rank, score: heap.score[at]! }));
  return best.sort((a, b) => b.score - a.score || a.rank - b.rank).map(({ rank, score }) => ({ doc: seen[rank]!, score }));
}

function termsMatched(matched: Uint32Array, doc: number, words: number): number {
  let count = 0;
  for (let word = doc * words; word < (doc + 1) * words; word++) count += bitCount(matched[word]!);
  return count;
}

/** A min-heap of scores, first-seen rank breaking ties: the later of two equal scores is the lesser. */
interface Heap {
  score: Float64Array;
  rank: Int32Array;
  size: number;
}

function lesser(score: number, rank: number, thanScore: number, thanRank: number): boolean {
  return score < thanScore || (score === thanScore && rank > thanRank);
}

function pushHeap(heap: Heap, score: number, rank: number): void {
  let at = heap.size++;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!lesser(score, rank, heap.score[parent]!, heap.rank[parent]!)) break;
    heap.score[at] = heap.score[parent]!;
    heap.rank[at] = heap.rank[parent]!;
    at = parent;
  }
  heap.score[at] = score;
  heap.rank[at] = rank;
}

function replaceRoot(heap: Heap, score: number, rank: number): void {
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= heap.size) break;
    const right = left + 1;
    const child = right < heap.size && lesser(heap.score[right]!, heap.rank[right]!, heap.score[left]!, heap.rank[left]!) ? right : left;
    if (!lesser(heap.score[child]!, heap.rank[child]!, score, rank)) break;
    heap.score[at] = heap.score[child]!;
    heap.rank[at] = heap.rank[child]!;
    at = child;
  }
  heap.score[at] = score;
  heap.rank[at] = rank;
}

function bitCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** What searching an index keeps between searches, made on its first search. */
interface SearchState {
  layout: IndexLayout;
  /** Per field, made on first use for the BM25 parameters last searched with. */
  lengthNorms: { k: number; b: number; byField: Float64Array[] };
  scratch: Scratch | undefined;
}

const states = new WeakMap<IndexLayout, SearchState>();

function stateOf(layout: IndexLayout): SearchState {
  let state = states.get(layout);
  if (!state) {
    // Every field there from the start: adding one on a later search would change the object's shape and throw away the search's optimised code.
    state = { layout, lengthNorms: { k: Number.NaN, b: Number.NaN, byField: [] }, scratch: undefined };
    states.set(layout, state);
  }
  return state;
}
