import { describe, expect, it } from 'vitest';
import { LazyMap } from '../../src/search/lazy-map.js';

describe('LazyMap', () => {
  const entries: [string, number][] = [['a', 1], ['b', 2]];
  const counted = () => {
    let fills = 0;
    const map = new LazyMap<string, number>((into) => {
      fills++;
      for (const [key, value] of entries) into.set(key, value);
    });
    return { map, fills: () => fills };
  };

  it('fills itself once, on first use, whichever method comes first', () => {
    const uses: ((map: Map<string, number>) => unknown)[] = [
      (map) => map.size,
      (map) => map.get('a'),
      (map) => map.has('b'),
      (map) => [...map],
      (map) => [...map.keys()],
      (map) => [...map.values()],
      (map) => [...map.entries()],
      (map) => map.forEach(() => undefined),
    ];
    for (const use of uses) {
      const { map, fills } = counted();
      expect(fills()).toBe(0);
      use(map);
      use(map);
      expect(fills()).toBe(1);
      expect([...map]).toEqual(entries);
    }
  });

  it('keeps the filled entries under a change made before any read', () => {
    const { map } = counted();
    map.set('c', 3);
    expect([...map]).toEqual([...entries, ['c', 3]]);
    const emptied = counted().map;
    emptied.delete('a');
    expect([...emptied]).toEqual([['b', 2]]);
    const { map: cleared, fills } = counted();
    cleared.clear();
    expect(fills()).toBe(1);
    expect([...cleared]).toEqual([]);
  });
});
