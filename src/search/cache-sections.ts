import type { Section } from '../knowledge/types.js';
import { decodeCacheStrings, encodeCacheStrings } from './cache-strings.js';
import type { IndexShard } from './index-cache.js';

type EncodedSections = Pick<IndexShard, 'strings' | 'sections'>;

/** Section fields as indexes into one table of distinct strings: a page's path, title and source are stored once. */
export function encodeCacheSections(sections: readonly Section[]): EncodedSections {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const idOf = (value: string) => {
    let id = ids.get(value);
    if (id === undefined) {
      id = strings.length;
      ids.set(value, id);
      strings.push(value);
    }
    return id;
  };
  const records: number[] = [];
  for (const section of sections) {
    records.push(
      idOf(section.source),
      idOf(section.path),
      idOf(section.pageTitle),
      idOf(section.anchor),
      idOf(section.url),
      idOf(section.text),
      idOf(section.lang),
      section.headings.length,
      ...section.headings.map(idOf),
    );
  }
  return { strings: encodeCacheStrings(strings), sections: Uint32Array.from(records) };
}

/** Appends a shard's sections to `into`, numbering them on from its length. */
export function decodeCacheSections(encoded: EncodedSections, into: Section[]): void {
  const strings = decodeCacheStrings(encoded.strings);
  const records = encoded.sections;
  const text = (at: number) => strings[records[at]!]!;
  let at = 0;
  while (at < records.length) {
    const headingCount = records[at + 7]!;
    into.push({
      id: into.length,
      source: text(at),
      path: text(at + 1),
      pageTitle: text(at + 2),
      headings: Array.from({ length: headingCount }, (_, i) => text(at + 8 + i)),
      anchor: text(at + 3),
      url: text(at + 4),
      text: text(at + 5),
      lang: text(at + 6),
    });
    at += 8 + headingCount;
  }
}
