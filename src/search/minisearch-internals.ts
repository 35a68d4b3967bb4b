import type { SearchOptions } from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';

/** A node of MiniSearch's radix tree: edge label -> child node, and '' -> the value of the term ending here. */
export type RadixNode<V> = Map<string, RadixNode<V> | V>;

/** One term's postings the way MiniSearch keeps them: field id -> short id -> term frequency. */
export type TermData = Map<number, Map<number, number>>;

/**
 * The private fields of MiniSearch 7 that Onboard uses: restoring the cache writes them in place of
 * `add` (restore-cached-index.ts), and a search from the cache reads them (cached-index-layout.ts,
 * search-cached-index.ts). Building the cache reads a `SearchableMap`'s tree (`radixTreeOf`).
 */
export interface MiniSearchInternals {
  _index: {
    _tree: RadixNode<TermData>;
    /** The term count, remembered; `undefined` makes `size` count again. */
    _size: number | undefined;
    get(term: string): TermData | undefined;
    atPrefix(prefix: string): Iterable<[string, TermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
  };
  _options: Required<Pick<SearchOptions, 'tokenize' | 'processTerm'>> & { fields: string[]; searchOptions?: SearchOptions };
  _fieldIds: Record<string, number>;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

/**
 * A MiniSearch instance's private fields, checked to have the shape declared above, so that a MiniSearch
 * upgrade that moves them fails loudly instead of restoring or searching wrong. Reads no Map's entries:
 * restored Maps fill themselves when first read (see lazy-map.ts).
 */
export function minisearchInternals(minisearch: object): MiniSearchInternals {
  const internals = minisearch as Partial<MiniSearchInternals>;
  const index = internals._index;
  const options = internals._options;
  const known =
    index?._tree instanceof Map &&
    '_size' in index &&
    typeof index.get === 'function' &&
    typeof index.fuzzyGet === 'function' &&
    typeof index.atPrefix === 'function' &&
    Array.isArray(options?.fields) &&
    typeof internals._fieldIds === 'object' &&
    typeof internals._documentCount === 'number' &&
    typeof internals._nextId === 'number' &&
    internals._documentIds instanceof Map &&
    internals._idToShortId instanceof Map &&
    internals._fieldLength instanceof Map &&
    Array.isArray(internals._avgFieldLength);
  if (!known) throw new Error(MOVED);
  return internals as MiniSearchInternals;
}

/** The radix tree a `SearchableMap` keeps its terms in (term-table.ts copies its shape), checked like the fields above. */
export function radixTreeOf<V>(map: SearchableMap<V>): RadixNode<V> {
  const tree = (map as unknown as { _tree?: unknown })._tree;
  if (!(tree instanceof Map)) throw new Error(MOVED);
  return tree as RadixNode<V>;
}

const MOVED = 'Onboard: this MiniSearch version keeps its index differently; update src/search/minisearch-internals.ts';
