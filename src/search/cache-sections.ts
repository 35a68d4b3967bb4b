import type { Section } from '../knowledge/types.js';
import { encodeCacheStrings, LazyCacheStrings } from './cache-strings.js';
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

/** Where each field sits in a section's record, as `encodeCacheSections` writes it. */
const Field = { Source: 0, Path: 1, PageTitle: 2, Anchor: 3, Url: 4, Text: 5, Lang: 6, HeadingCount: 7, Headings: 8 } as const;

/** One shard's section records, their strings decoded as they are first read. */
class ShardSections {
  readonly records: Uint32Array;
  readonly headings: (string[] | undefined)[];
  readonly #strings: LazyCacheStrings;

  constructor(encoded: EncodedSections, count: number) {
    this.records = encoded.sections;
    this.headings = new Array<string[] | undefined>(count);
    this.#strings = new LazyCacheStrings(encoded.strings);
  }

  /** The string the record entry at `at` names. */
  string(at: number): string {
    return this.#strings.at(this.records[at]!);
  }
}

/**
 * A section read from the cache. Its strings are decoded when first read: a warm start would
 * otherwise decode every text of the knowledge (tens of megabytes for the full corpus) and keep tens of
 * thousands of young objects alive through the garbage collector's copying, while a question reads
 * the source and path of a few hundred candidates and the text of a few.
 */
class CachedSection implements Section {
  readonly #shard: ShardSections;
  readonly #position: number;
  readonly #at: number;

  constructor(
    readonly id: number,
    shard: ShardSections,
    position: number,
    at: number,
  ) {
    this.#shard = shard;
    this.#position = position;
    this.#at = at;
  }

  get source(): string {
    return this.#field(Field.Source);
  }

  get path(): string {
    return this.#field(Field.Path);
  }

  get pageTitle(): string {
    return this.#field(Field.PageTitle);
  }

  get headings(): string[] {
    const shard = this.#shard;
    let headings = shard.headings[this.#position];
    if (!headings) {
      headings = shard.headings[this.#position] = Array.from({ length: shard.records[this.#at + Field.HeadingCount]! }, (_, i) => this.#field(Field.Headings + i));
    }
    return headings;
  }

  get anchor(): string {
    return this.#field(Field.Anchor);
  }

  get url(): string {
    return this.#field(Field.Url);
  }

  get text(): string {
    return this.#field(Field.Text);
  }

  get lang(): string {
    return this.#field(Field.Lang);
  }

  /** The string a field of this section's record names (`Field`: where each field sits). */
  #field(field: number): string {
    return this.#shard.string(this.#at + field);
  }

  /** The plain object a parsed section is, for `JSON.stringify`. */
  toJSON(): Section {
    const { id, source, path, pageTitle, headings, anchor, url, text, lang } = this;
    return { id, source, path, pageTitle, headings, anchor, url, text, lang };
  }
}

/** Appends a shard's sections to `into`, numbering them on from its length. */
export function decodeCacheSections(encoded: EncodedSections, into: Section[]): void {
  const records = encoded.sections;
  const starts: number[] = [];
  for (let at = 0; at < records.length; at += Field.Headings + records[at + Field.HeadingCount]!) starts.push(at);
  const shard = new ShardSections(encoded, starts.length);
  starts.forEach((at, position) => into.push(new CachedSection(into.length, shard, position, at)));
}
