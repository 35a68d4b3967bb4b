import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Index as FlexIndex } from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { BenchPage } from './bench-pages.js';

/** A peer search library over whole pages, as a developer would first set it up: its defaults, title and text. */
export interface PeerLibrary<Index> {
  name: string;
  build(pages: BenchPage[]): Index;
  /** Writes the index into `dir`; `load` reads it back, which is what a restart costs. */
  save(index: Index, dir: string): void | Promise<void>;
  load(dir: string): Index;
  /** The ids of the best three pages, best first. */
  search(index: Index, question: string): number[];
}

const MINISEARCH_OPTIONS = { fields: ['title', 'text'], idField: 'id' };

const minisearch: PeerLibrary<MiniSearch<BenchPage>> = {
  name: 'minisearch (plain)',
  build(pages) {
    const index = new MiniSearch<BenchPage>(MINISEARCH_OPTIONS);
    index.addAll(pages);
    return index;
  },
  save: (index, dir) => writeFileSync(join(dir, 'minisearch.json'), JSON.stringify(index)),
  load: (dir) => MiniSearch.loadJSON<BenchPage>(readFileSync(join(dir, 'minisearch.json'), 'utf8'), MINISEARCH_OPTIONS),
  search: (index, question) => index.search(question, { prefix: true, fuzzy: 0.2 }).slice(0, 3).map((result) => result.id as number),
};

const lunrLibrary: PeerLibrary<lunr.Index> = {
  name: 'lunr',
  build: (pages) =>
    lunr(function () {
      this.ref('id');
      this.field('title');
      this.field('text');
      for (const page of pages) this.add(page);
    }),
  save: (index, dir) => writeFileSync(join(dir, 'lunr.json'), JSON.stringify(index)),
  load: (dir) => lunr.Index.load(JSON.parse(readFileSync(join(dir, 'lunr.json'), 'utf8')) as object),
  // Terms added one by one (OR, through lunr's stemmer): `index.search` would parse "what's:" as query syntax.
  search: (index, question) =>
    index
      .query((query) => {
        for (const token of lunr.tokenizer(question)) query.term(token.toString(), {});
      })
      .slice(0, 3)
      .map((result) => Number(result.ref)),
};

const flexsearch: PeerLibrary<FlexIndex> = {
  name: 'flexsearch',
  build(pages) {
    const index = new FlexIndex();
    for (const page of pages) index.add(page.id, `${page.title}\n${page.text}`);
    return index;
  },
  async save(index, dir) {
    const parts: [string, string][] = [];
    await index.export(async (key: string, data: string) => {
      parts.push([key, data]);
    });
    writeFileSync(join(dir, 'flexsearch.json'), JSON.stringify(parts));
  },
  load(dir) {
    const index = new FlexIndex();
    for (const [key, data] of JSON.parse(readFileSync(join(dir, 'flexsearch.json'), 'utf8')) as [string, string][]) index.import(key, data);
    return index;
  },
  search: (index, question) => (index.search(question, { limit: 3 }) as number[]).slice(0, 3),
};

export const PEERS = { minisearch, lunr: lunrLibrary, flexsearch } as const;
export type PeerName = keyof typeof PEERS;
