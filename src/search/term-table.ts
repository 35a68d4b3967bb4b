import SearchableMap from 'minisearch/SearchableMap';
import { decodeCacheStrings, encodeCacheStrings, type EncodedStrings } from './cache-strings.js';
import { radixTreeOf, type RadixNode } from './minisearch-internals.js';

/**
 * The vocabulary of all shards together, with MiniSearch's radix tree over it, so that a warm start
 * makes the tree's nodes directly instead of setting every term: `SearchableMap.set` scans, splits and
 * slices its way down the tree term by term, which was a third of a warm start's CPU.
 */
export interface TermTable {
  /** Every distinct term of the shards, in the order their sections first use it: the order `MiniSearch.add` meets them. */
  vocabulary: EncodedStrings;
  /** Per vocabulary term, in how many sections it occurs. */
  documentFrequency: Uint32Array;
  /** Per term of each shard, shard after shard, its position in the vocabulary. */
  shardTerms: Uint32Array;
  /**
   * The radix tree MiniSearch builds by setting the vocabulary in order, node by node in pre-order: a
   * node is its entry count, then its entries in MiniSearch's order, each `LEAF` and a vocabulary
   * position, or `EDGE` and the child node (its label the next of `edges`).
   */
  tree: Uint32Array;
  /** The tree's edge labels, in the order the tree lists them. */
  edges: EncodedStrings;
}

/** One shard's own terms as indexed: merged into the `TermTable` when the cache is built, and not kept in it. */
export interface ShardVocabulary {
  /** The shard's distinct terms, in the order its sections first use them: the order of its `termStarts`. */
  terms: EncodedStrings;
  /** Per term, in how many of the shard's sections it occurs. */
  documentFrequency: Uint32Array;
}

const LEAF_KEY = '';
const LEAF = 0;
const EDGE = 1;

export function encodeTermTable(shards: readonly ShardVocabulary[]): TermTable {
  const positions = new Map<string, number>();
  const vocabulary: string[] = [];
  const documentFrequency: number[] = [];
  const shardTerms = new Uint32Array(shards.reduce((sum, shard) => sum + shard.documentFrequency.length, 0));
  let next = 0;
  for (const shard of shards) {
    decodeCacheStrings(shard.terms).forEach((term, t) => {
      let position = positions.get(term);
      if (position === undefined) {
        positions.set(term, (position = vocabulary.length));
        vocabulary.push(term);
        documentFrequency.push(0);
      }
      documentFrequency[position]! += shard.documentFrequency[t]!;
      shardTerms[next++] = position;
    });
  }
  // MiniSearch's own tree, so that its shape is exactly the one `add` gives.
  const terms = new SearchableMap<number>();
  vocabulary.forEach((term, position) => terms.set(term, position));
  const { tree, edges } = encodeTree(radixTreeOf(terms));
  return { vocabulary: encodeCacheStrings(vocabulary), documentFrequency: Uint32Array.from(documentFrequency), shardTerms, tree, edges };
}

function encodeTree(root: RadixNode<number>): Pick<TermTable, 'tree' | 'edges'> {
  const tree: number[] = [];
  const edges: string[] = [];
  // Iterators of the nodes being written, deepest last: a tree can be as deep as its longest term.
  const open = [enter(root, tree)];
  while (open.length > 0) {
    const entry = open[open.length - 1]!.next();
    if (entry.done) {
      open.pop();
      continue;
    }
    const [key, value] = entry.value;
    if (key === LEAF_KEY) tree.push(LEAF, value as number);
    else {
      tree.push(EDGE);
      edges.push(key);
      open.push(enter(value as RadixNode<number>, tree));
    }
  }
  return { tree: Uint32Array.from(tree), edges: encodeCacheStrings(edges) };
}

function enter(node: RadixNode<number>, tree: number[]) {
  tree.push(node.size);
  return node.entries();
}

/** The tree of `encodeTermTable`, its leaves holding `values[position]`; throws on a table that does not describe one. */
export function decodeTermTree<V>(table: Pick<TermTable, 'tree' | 'edges'>, values: readonly V[]): RadixNode<V> {
  const { tree } = table;
  const edges = decodeCacheStrings(table.edges);
  let at = 0;
  let edge = 0;
  const read = (): number => {
    if (at >= tree.length) throw new Error('the term tree is cut short');
    return tree[at++]!;
  };
  const root: RadixNode<V> = new Map();
  const nodes = [root];
  const left = [read()];
  while (nodes.length > 0) {
    const depth = nodes.length - 1;
    if (left[depth] === 0) {
      nodes.pop();
      left.pop();
      continue;
    }
    left[depth]!--;
    const node = nodes[depth]!;
    const tag = read();
    if (tag === LEAF) {
      const position = read();
      if (position >= values.length) throw new Error(`the term tree names term ${position} of ${values.length}`);
      node.set(LEAF_KEY, values[position]!);
    } else if (tag === EDGE && edge < edges.length) {
      const child: RadixNode<V> = new Map();
      node.set(edges[edge++]!, child);
      nodes.push(child);
      left.push(read());
    } else throw new Error('the term tree is corrupt');
  }
  if (at !== tree.length || edge !== edges.length) throw new Error('the term tree has parts left over');
  return root;
}
