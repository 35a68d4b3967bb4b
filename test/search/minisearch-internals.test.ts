import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { LazyMap } from '../../src/search/lazy-map.js';
import { minisearchInternals, radixTreeOf } from '../../src/search/minisearch-internals.js';
import { minisearchOptions } from '../../src/search/section-index.js';

const FIELDS = ['_index', '_options', '_fieldIds', '_documentCount', '_nextId', '_documentIds', '_idToShortId', '_fieldLength', '_avgFieldLength'];

const fresh = () => new MiniSearch(minisearchOptions());

describe('minisearchInternals', () => {
  it('accepts MiniSearch as installed, fresh or with documents', () => {
    const minisearch = fresh();
    expect(minisearchInternals(minisearch)._documentCount).toBe(0);
    minisearch.add({ id: 0, text: 'merge requests' });
    expect(minisearchInternals(minisearch)._index.get('merge')).toBeInstanceOf(Map);
  });

  it.each(FIELDS)('refuses an instance without %s, naming the file to update', (field) => {
    const minisearch = fresh();
    delete (minisearch as unknown as Record<string, unknown>)[field];
    expect(() => minisearchInternals(minisearch)).toThrow('Onboard: this MiniSearch version keeps its index differently; update src/search/minisearch-internals.ts');
  });

  it('refuses an index whose term tree is not where MiniSearch 7 keeps it', () => {
    const minisearch = fresh();
    delete (minisearchInternals(minisearch)._index as Partial<{ _tree: unknown }>)._tree;
    expect(() => minisearchInternals(minisearch)).toThrow('keeps its index differently');
  });

  it('leaves the Maps a restored index fills on first read unfilled', () => {
    let fills = 0;
    const minisearch = fresh();
    const internals = minisearchInternals(minisearch);
    const lazy = () => new LazyMap<never, never>(() => fills++);
    Object.assign(internals, { _documentIds: lazy(), _idToShortId: lazy(), _fieldLength: lazy() });
    minisearchInternals(minisearch);
    expect(fills).toBe(0);
  });
});

describe('radixTreeOf', () => {
  it("gives a SearchableMap's tree, and refuses one that keeps it elsewhere", () => {
    const map = new SearchableMap<number>();
    map.set('merge', 1);
    expect(radixTreeOf(map).get('merge')).toEqual(new Map([['', 1]]));
    delete (map as unknown as Partial<{ _tree: unknown }>)._tree;
    expect(() => radixTreeOf(map)).toThrow('keeps its index differently');
  });
});
