import type { SearchOptions } from 'minisearch';
import { CachedTermPostings, type PostingsRun } from './cached-term-postings.js';
import type { SectionIndex } from './section-index.js';

/** MiniSearch's search options, less the two this search cannot reproduce without MiniSearch's result objects. */
export type CachedSearchOptions = Omit<SearchOptions, 'filter' | 'combineWith'> & {
  combineWith?: 'OR' | 'or';
  /** How many of the best results to return. */
  limit: number;
};

export interface CachedSearchResult {
  id: number;
  score: number;
  /** The query terms the document matched, in query order. */
  queryTerms: string[];
}

/**
 * `minisearch.search(query, options).slice(0, limit)` with the same ids, scores (bit for bit), order
 * and query terms. MiniSearch builds a result object, a terms array and a match object for every
 * posting of every query term, then sorts every match; over tens of thousands of sections a common
 * word costs tens of milliseconds. Here scores add up in typed arrays, read straight from the cached
 * postings, and only the best `limit` documents become objects. It follows MiniSearch 7's
 * `executeQuery`, `executeQuerySpec`, `termResults` and OR combination step by step, so that
 * floating-point sums happen in the same order.
 */
export function searchCachedIndex(index: SectionIndex, query: string, options: CachedSearchOptions): CachedSearchResult[] {
  const internals = internalsOf(index.minisearch);
  const layout = layoutOf(internals);
  const settings = settingsOf(internals, options);
  const terms = settings.tokenize(query).flatMap((term) => settings.processTerm(term) || []);
  const distinct = [...new Set(terms)];
  const words = Math.max(1, Math.ceil(distinct.length / 32));
  const scratch = takeScratch(layout, words);
  // Documents in the order MiniSearch's combined result Map first gets them: its sort keeps that order for ties.
  const seen: number[] = [];
  let finished = false;
  try {
    scoreTerms({ internals, layout, settings, terms, distinct, words, scratch, seen });
    const { total, quality, matched } = scratch;
    // MiniSearch multiplies by the number of distinct query terms matched.
    for (const doc of seen) total[doc] = total[doc]! * quality[doc]!;
    const results = bestOf(seen, total, options.limit).map((doc) => ({
      id: layout.documentIds[doc] as number,
      score: total[doc]!,
      queryTerms: distinct.filter((_term, bit) => (matched[doc * words + (bit >>> 5)]! & (1 << (bit & 31))) !== 0),
    }));
    finished = true;
    return results;
  } finally {
    releaseScratch(layout, scratch, seen, words, finished);
  }
}

interface Search {
  internals: MiniSearchInternals;
  layout: Layout;
  settings: Settings;
  terms: string[];
  distinct: string[];
  words: number;
  scratch: Scratch;
  seen: number[];
}

/** Adds up each query term's score per document, term after term, as MiniSearch's OR combination does. */
function scoreTerms({ internals, layout, settings, terms, distinct, words, scratch, seen }: Search): void {
  const { total, termScore, matched, quality } = scratch;
  const { k, b, d } = settings.bm25;
  const storedFields = internals._storedFields.size > 0 ? internals._storedFields : undefined;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const termBoost = settings.boostTerm ? settings.boostTerm(term, i, terms) : 1;
    const termDocs: number[] = [];
    for (const { derived, data, weight } of matchingTerms(internals, settings, term, i, terms)) {
      for (const field of settings.fields) {
        const fieldId = layout.fieldIds[field]!;
        const runs = postingRuns(data, fieldId);
        if (runs.length === 0) continue;
        const matchingCount = runs.reduce((sum, run) => sum + run.count, 0);
        const scoring: RunScoring = {
          term: i,
          derived,
          fieldId,
          fieldCount: layout.fields.length,
          invDocFreq: Math.log(1 + (layout.documentCount - matchingCount + 0.5) / (matchingCount + 0.5)),
          avgFieldLength: layout.avgFieldLength[fieldId]!,
          // MiniSearch's product in its order: term weight, term boost, field boost, then document boost and BM25.
          boost: weight * termBoost * (settings.boost?.[field] || 1),
          k,
          kPlusOne: k + 1,
          b,
          oneMinusB: 1 - b,
          d,
          boostDocument: settings.boostDocument,
          storedFields,
          termDocs,
        };
        for (const run of runs) scoreRun(run, scoring, layout, scratch);
      }
    }
    // OR: a document's score is its first matching term's score plus each later term's, in query order.
    const bit = distinct.indexOf(term);
    for (const doc of termDocs) {
      if (quality[doc] === 0) {
        seen.push(doc);
        total[doc] = termScore[doc]!;
      } else total[doc] = total[doc]! + termScore[doc]!;
      const word = doc * words + (bit >>> 5);
      const mask = 1 << (bit & 31);
      if ((matched[word]! & mask) === 0) {
        matched[word]! |= mask;
        quality[doc]!++;
      }
    }
  }
}

/** What scoring one run of postings needs: constants of one query term, field and matching index term. */
interface RunScoring {
  /** The query term's position. */
  term: number;
  derived: string;
  fieldId: number;
  fieldCount: number;
  invDocFreq: number;
  avgFieldLength: number;
  boost: number;
  k: number;
  kPlusOne: number;
  b: number;
  oneMinusB: number;
  d: number;
  boostDocument: SearchOptions['boostDocument'];
  storedFields: Map<number, Record<string, unknown>> | undefined;
  /** Documents the query term reached so far, in the order it reached them. */
  termDocs: number[];
}

/**
 * Adds one run's scores to the query term's per-document sums. A function of its own, and a small one, so
 * that V8 optimises it within the first question after a start: inside `scoreTerms` the loop ran
 * unoptimised (around a microsecond a posting) until the whole larger function had been compiled.
 * BM25+ is written as MiniSearch's `calcBM25Score` writes it, so that rounding matches.
 */
function scoreRun({ postings, at, count, firstId }: PostingsRun, scoring: RunScoring, layout: Layout, scratch: Scratch): void {
  const { term, derived, fieldId, fieldCount, invDocFreq, avgFieldLength, boost, k, kPlusOne, b, oneMinusB, d, boostDocument, storedFields, termDocs } = scoring;
  const { documentIds, fieldLengths } = layout;
  const { termScore, touchedBy } = scratch;
  for (let j = 0; j < count; j++) {
    const doc = firstId + postings[at + j]!;
    const docBoost = boostDocument ? boostDocument(documentIds[doc], derived, storedFields?.get(doc)) : 1;
    if (!docBoost) continue;
    const termFreq = postings[at + count + j]!;
    const fieldLength = fieldLengths[doc * fieldCount + fieldId]!;
    const raw = invDocFreq * (d + (termFreq * kPlusOne) / (termFreq + k * (oneMinusB + (b * fieldLength) / avgFieldLength)));
    const score = boost * docBoost * raw;
    if (touchedBy[doc] === term) termScore[doc]! += score;
    else {
      touchedBy[doc] = term;
      termScore[doc] = score;
      termDocs.push(doc);
    }
  }
}

/** Per-document work arrays kept between searches: allocating and zeroing them costs as much as scoring a query's postings. */
interface Scratch {
  total: Float64Array;
  termScore: Float64Array;
  /** The query term that last touched each document, -1 for none. */
  touchedBy: Int32Array;
  /** Per document, a bit per distinct query term matched. */
  matched: Uint32Array;
  quality: Uint16Array;
  busy: boolean;
}

function takeScratch(layout: Layout, words: number): Scratch {
  const slots = layout.documentIds.length;
  const pooled = layout.scratch;
  if (pooled && !pooled.busy && pooled.matched.length >= slots * words) {
    pooled.busy = true;
    return pooled;
  }
  const scratch: Scratch = {
    total: new Float64Array(slots),
    termScore: new Float64Array(slots),
    touchedBy: new Int32Array(slots).fill(-1),
    matched: new Uint32Array(slots * words),
    quality: new Uint16Array(slots),
    busy: true,
  };
  // A search started from inside another's callback gets arrays of its own.
  if (!pooled?.busy) layout.scratch = scratch;
  return scratch;
}

/** Clears what the search wrote (only its documents' entries) and hands the arrays back; drops them if it failed midway. */
function releaseScratch(layout: Layout, scratch: Scratch, seen: number[], words: number, finished: boolean): void {
  if (!finished && layout.scratch === scratch) layout.scratch = undefined;
  for (const doc of seen) {
    scratch.total[doc] = 0;
    scratch.quality[doc] = 0;
    scratch.touchedBy[doc] = -1;
    for (let word = doc * words; word < (doc + 1) * words; word++) scratch.matched[word] = 0;
  }
  scratch.busy = false;
}

type TermData = Map<number, Map<number, number>>;
type Settings = ReturnType<typeof settingsOf>;

/** MiniSearch's defaults, under the instance's `searchOptions`, under the call's options. */
function settingsOf(internals: MiniSearchInternals, options: CachedSearchOptions) {
  const { tokenize, processTerm, fields } = internals._options;
  const merged: SearchOptions = { tokenize, processTerm, ...internals._options.searchOptions, ...options };
  if ('filter' in merged || (merged.combineWith ?? 'OR').toUpperCase() !== 'OR') {
    throw new Error('Onboard: searchCachedIndex reproduces MiniSearch\'s OR search without a filter only');
  }
  // Every setting named, in one order, rather than spread: a spread object's shape follows the options
  // given, and a shape that changes between searches throws away the scoring loop's optimised code.
  return {
    tokenize: merged.tokenize ?? tokenize,
    processTerm: merged.processTerm ?? processTerm,
    fields: merged.fields ?? fields,
    boost: merged.boost,
    boostTerm: merged.boostTerm,
    boostDocument: merged.boostDocument,
    prefix: merged.prefix,
    fuzzy: merged.fuzzy,
    weights: { fuzzy: merged.weights?.fuzzy ?? 0.45, prefix: merged.weights?.prefix ?? 0.375 },
    maxFuzzy: merged.maxFuzzy ?? 6,
    bm25: { k: merged.bm25?.k ?? 1.2, b: merged.bm25?.b ?? 0.7, d: merged.bm25?.d ?? 0.5 },
  };
}

/** The term itself, then its prefix matches, then its fuzzy matches that are not prefix matches, with MiniSearch's weights. */
function matchingTerms(internals: MiniSearchInternals, settings: Settings, term: string, i: number, terms: string[]) {
  const matches: { derived: string; data: TermData; weight: number }[] = [];
  const exact = internals._index.get(term);
  if (exact) matches.push({ derived: term, data: exact, weight: 1 });
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
      matches.push({ derived: match, data, weight: (settings.weights.prefix * match.length) / (match.length + 0.3 * distance) });
    }
  }
  for (const [match, [data, distance]] of fuzzyMatches ?? []) {
    if (distance) matches.push({ derived: match, data, weight: (settings.weights.fuzzy * match.length) / (match.length + distance) });
  }
  return matches;
}

/** A field's postings as runs of arrays: the cached ones while undecoded, else copied out of MiniSearch's Map. */
function postingRuns(data: TermData, fieldId: number): PostingsRun[] {
  const runs = data instanceof CachedTermPostings ? data.fieldRuns(fieldId) : undefined;
  if (runs) return runs;
  const documents = data.get(fieldId);
  if (!documents) return [];
  return [{ postings: Uint32Array.from([...documents.keys(), ...documents.values()]), at: 0, count: documents.size, firstId: 0 }];
}

/** The `limit` best documents by score, ties in first-seen order: the head of MiniSearch's stable sort. */
function bestOf(seen: number[], score: Float64Array, limit: number): number[] {
  if (seen.length <= limit) return [...seen].sort((a, b) => score[b]! - score[a]!);
  const cutoff = kthLargest(seen, score, limit);
  const above = seen.filter((doc) => score[doc]! > cutoff).sort((a, b) => score[b]! - score[a]!);
  // Documents scoring exactly the cutoff fill the rest, earliest first, as a stable sort would leave them.
  const ties: number[] = [];
  for (let i = 0; i < seen.length && above.length + ties.length < limit; i++) if (score[seen[i]!] === cutoff) ties.push(seen[i]!);
  return [...above, ...ties];
}

/** The k-th largest score, with a min-heap of the k largest so far: one comparison for most documents. */
function kthLargest(docs: number[], score: Float64Array, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (const doc of docs) {
    const value = score[doc]!;
    if (size < k) {
      let at = size++;
      while (at > 0 && heap[(at - 1) >> 1]! > value) {
        heap[at] = heap[(at - 1) >> 1]!;
        at = (at - 1) >> 1;
      }
      heap[at] = value;
    } else if (value > heap[0]!) {
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= k) break;
        const child = left + 1 < k && heap[left + 1]! < heap[left]! ? left + 1 : left;
        if (heap[child]! >= value) break;
        heap[at] = heap[child]!;
        at = child;
      }
      heap[at] = value;
    }
  }
  return heap[0]!;
}

/** MiniSearch's private state read here (restore-cached-index.ts writes it). */
interface MiniSearchInternals {
  _index: {
    get(term: string): TermData | undefined;
    atPrefix(prefix: string): Iterable<[string, TermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
  };
  _options: Required<Pick<SearchOptions, 'tokenize' | 'processTerm'>> & { fields: string[]; searchOptions?: SearchOptions };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown>>;
  _nextId: number;
}

interface Layout {
  fields: string[];
  fieldIds: Record<string, number>;
  /** Per short id and field, the field length: an array read instead of a Map lookup per posting. */
  fieldLengths: Float64Array;
  avgFieldLength: number[];
  documentCount: number;
  /** Per short id, the document id. */
  documentIds: unknown[];
  scratch?: Scratch;
}

const layouts = new WeakMap<object, Layout>();

/** Flat copies of MiniSearch's per-document data, made once per index: it does not change once built. */
function layoutOf(internals: MiniSearchInternals): Layout {
  const known = layouts.get(internals);
  if (known && known.documentCount === internals._documentCount) return known;
  const fields = internals._options.fields;
  const fieldLengths = new Float64Array(internals._nextId * fields.length);
  const documentIds = new Array<unknown>(internals._nextId);
  for (const [shortId, id] of internals._documentIds) {
    documentIds[shortId] = id;
    const lengths = internals._fieldLength.get(shortId) ?? [];
    for (let field = 0; field < fields.length; field++) fieldLengths[shortId * fields.length + field] = lengths[field] ?? 0;
  }
  return rememberLayout(internals, fieldLengths, documentIds);
}

/**
 * For an index restored from the cache, which has its per-document field lengths as one array already
 * and ids equal to short ids: its layout made from those, so that the first question after a start does
 * not build it from MiniSearch's Maps (tens of milliseconds over tens of thousands of sections).
 * `fieldLengths` must hold what MiniSearch's `_fieldLength` holds, short id by short id.
 */
export function rememberCachedLayout(minisearch: object, fieldLengths: Float64Array): void {
  const internals = internalsOf(minisearch);
  const documentIds = new Array<unknown>(internals._nextId);
  for (let shortId = 0; shortId < documentIds.length; shortId++) documentIds[shortId] = shortId;
  rememberLayout(internals, fieldLengths, documentIds);
}

function rememberLayout(internals: MiniSearchInternals, fieldLengths: Float64Array, documentIds: unknown[]): Layout {
  // `scratch` is there from the start: adding it on the first search would change the object's shape and throw away the search's optimised code.
  const layout: Layout = {
    fields: internals._options.fields,
    fieldIds: internals._fieldIds,
    fieldLengths,
    avgFieldLength: internals._avgFieldLength,
    documentCount: internals._documentCount,
    documentIds,
    scratch: undefined,
  };
  layouts.set(internals, layout);
  return layout;
}

function internalsOf(minisearch: object): MiniSearchInternals {
  const internals = minisearch as MiniSearchInternals;
  if (typeof internals._index?.fuzzyGet !== 'function' || !(internals._fieldLength instanceof Map) || !(internals._storedFields instanceof Map)) {
    throw new Error('Onboard: this MiniSearch version keeps its index differently; update src/search/search-cached-index.ts');
  }
  return internals;
}
