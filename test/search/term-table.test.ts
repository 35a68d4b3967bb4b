import SearchableMap from 'minisearch/SearchableMap';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCacheStrings } from '../../src/search/cache-strings.js';
import { encodeCacheShard } from '../../src/search/encode-cache-shard.js';
import { radixTreeOf, type RadixNode } from '../../src/search/minisearch-internals.js';
import { decodeTermTree, encodeTermTable, type TermTable } from '../../src/search/term-table.js';
import type { SectionIndex } from '../../src/search/section-index.js';
import { buildReference, config } from './index-cache-harness.js';

/** A tree as nested entry lists, so that a comparison sees the order of every node's edges. */
function shape(node: RadixNode<unknown>): unknown[] {
  return [...node].map(([key, value]) => [key, value instanceof Map ? shape(value as RadixNode<unknown>) : value]);
}

let table: TermTable;
let vocabulary: string[];
let reference: SectionIndex;

beforeAll(() => {
  const { sections, index } = buildReference();
  reference = index;
  table = encodeTermTable([encodeCacheShard(sections.slice(0, 25), config), encodeCacheShard(sections.slice(25), config)]);
  vocabulary = decodeCacheStrings(table.vocabulary);
});

describe('encodeTermTable and decodeTermTree', () => {
  it('give back the tree MiniSearch builds by setting the vocabulary in order, node for node', () => {
    const expected = new SearchableMap<string>();
    for (const term of vocabulary) expected.set(term, term);
    const decoded = decodeTermTree(table, vocabulary);
    expect(shape(decoded)).toEqual(shape(radixTreeOf(expected)));
    // Japanese terms and split edges are there, not just ASCII words.
    expect(vocabulary.some((term) => /[\u3040-\u30ff]/.test(term))).toBe(true);
  });

  it('holds each term once, with its document frequency summed over the shards', () => {
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
    expect(new Map(vocabulary.map((term, i) => [term, table.documentFrequency[i]]))).toEqual(reference.documentFrequency);
  });

  it('refuses a tree that is cut short, has parts left over or names a term past the vocabulary', () => {
    const withTree = (tree: Uint32Array) => () => decodeTermTree({ ...table, tree }, vocabulary);
    expect(withTree(table.tree.subarray(0, table.tree.length - 1))).toThrow('cut short');
    expect(withTree(Uint32Array.from([...table.tree, 0]))).toThrow('left over');
    expect(() => decodeTermTree(table, vocabulary.slice(0, 1))).toThrow('names term');
    expect(withTree(Uint32Array.from([1, 7]))).toThrow('corrupt');
  });
});
