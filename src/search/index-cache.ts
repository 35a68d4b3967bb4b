import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { SkippedFile } from '../knowledge/types.js';
import type { EncodedStrings } from './cache-strings.js';
import type { DefinedAcronym } from './defined-acronyms.js';
import type { TermTable } from './term-table.js';

/** Bump when the layout below changes; a cache of another format is reported and rebuilt. */
export const CACHE_FORMAT = 4;

/** The index of a run of consecutive knowledge files, as flat arrays: one per worker task, several per cache file. */
export interface IndexShard {
  /** The strings the sections use, each once. */
  strings: EncodedStrings;
  /** Per section: source, path, page title, anchor, URL, text, language, heading count, headings; all indexes into `strings`. */
  sections: Uint32Array;
  /** Per section, its prior; the length is the shard's section count. */
  priors: Float32Array;
  /** Per section and field, the field's number of distinct terms (minisearch's field length). */
  fieldLengths: Uint32Array;
  /** Per term of the shard, in the order its sections first use them, where its postings start in `postings`; `TermTable.shardTerms` says which term. */
  termStarts: Uint32Array;
  /** Per term: field count, then per field: field id, posting count n, n section numbers (within the shard), n term frequencies. */
  postings: Uint32Array;
}

/** What the cache file holds: the shards in knowledge order, their terms together, and what `index` reports about the files. */
export interface IndexCache {
  fingerprint: string;
  /** ISO time the index was built. */
  builtAt: string;
  files: number;
  skipped: SkippedFile[];
  shards: IndexShard[];
  /** The acronyms the knowledge spells out, from `definedAcronyms`. */
  acronyms: DefinedAcronym[];
  /** `encodeTermTable` of the shards as built, which also hold each shard's own vocabulary (not kept here). */
  terms: TermTable;
}

export type CacheLookup =
  | { status: 'hit'; cache: IndexCache }
  /** No cache yet, or one built from other knowledge: rebuilt without a word. */
  | { status: 'missing' | 'stale' }
  /** Says what is wrong, to finish "index cache FILE ...". */
  | { status: 'unusable'; problem: string };

type ShardArray = Uint8Array | Uint32Array | Float32Array;

/** The arrays a layout below describes, each of its type. */
type ArraysOf<Layout extends readonly (new (buffer: ArrayBuffer, offset: number, length: number) => ShardArray)[]> = {
  -readonly [I in keyof Layout]: InstanceType<Layout[I]>;
};

/** The typed arrays of a shard in file order, with the constructors that read them back. */
const SHARD_LAYOUT = [Uint8Array, Uint32Array, Uint32Array, Float32Array, Uint32Array, Uint32Array, Uint32Array] as const;

export function shardArrays(shard: IndexShard): ShardArray[] {
  return [shard.strings.bytes, shard.strings.ends, shard.sections, shard.priors, shard.fieldLengths, shard.termStarts, shard.postings];
}

/** The typed arrays of the term table in file order, after the shards'. */
const TERMS_LAYOUT = [Uint8Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint8Array, Uint32Array] as const;

function termTableArrays(terms: TermTable): ShardArray[] {
  return [terms.vocabulary.bytes, terms.vocabulary.ends, terms.documentFrequency, terms.shardTerms, terms.tree, terms.edges.bytes, terms.edges.ends];
}

function termTableFromArrays(arrays: ShardArray[]): TermTable {
  const [vocabularyBytes, vocabularyEnds, documentFrequency, shardTerms, tree, edgeBytes, edgeEnds] = arrays as ArraysOf<typeof TERMS_LAYOUT>;
  return { vocabulary: { bytes: vocabularyBytes, ends: vocabularyEnds }, documentFrequency, shardTerms, tree, edges: { bytes: edgeBytes, ends: edgeEnds } };
}

function shardFromArrays(arrays: ShardArray[]): IndexShard {
  const [stringBytes, stringEnds, sections, priors, fieldLengths, termStarts, postings] = arrays as ArraysOf<typeof SHARD_LAYOUT>;
  return { strings: { bytes: stringBytes, ends: stringEnds }, sections, priors, fieldLengths, termStarts, postings };
}

/** "ONBOARD" and a newline, then the header length and a CRC-32 of everything after these 16 bytes. */
const MAGIC = Buffer.from('ONBOARD\n', 'latin1');
const PREAMBLE_BYTES = 16;
/** Arrays start at multiples of 8 so that they can be read in place as typed arrays. */
const ALIGN = 8;

interface CacheHeader {
  format: number;
  endianness: string;
  fingerprint: string;
  builtAt: string;
  files: number;
  skipped: SkippedFile[];
  acronyms: DefinedAcronym[];
  /** Per shard, the element count of each array of `SHARD_LAYOUT`. */
  shards: number[][];
  /** The element count of each array of `TERMS_LAYOUT`. */
  terms: number[];
}

const padTo = (offset: number) => Math.ceil(offset / ALIGN) * ALIGN;

/**
 * Writes the cache through a temporary file in the same folder renamed over the old one, so a reader sees
 * the old file or the new one, never half of one. Throws on I/O errors; the caller decides how loud to be.
 */
export function writeIndexCache(path: string, cache: IndexCache): void {
  const arrays = [...cache.shards.flatMap(shardArrays), ...termTableArrays(cache.terms)];
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    endianness: endianness(),
    fingerprint: cache.fingerprint,
    builtAt: cache.builtAt,
    files: cache.files,
    skipped: cache.skipped,
    acronyms: cache.acronyms,
    shards: cache.shards.map((shard) => shardArrays(shard).map((array) => array.length)),
    terms: termTableArrays(cache.terms).map((array) => array.length),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const pieces: Uint8Array[] = [headerBytes];
  let offset = PREAMBLE_BYTES + headerBytes.length;
  for (const array of arrays) {
    const start = padTo(offset);
    if (start > offset) pieces.push(Buffer.alloc(start - offset));
    pieces.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    offset = start + array.byteLength;
  }
  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  MAGIC.copy(preamble);
  preamble.writeUInt32LE(headerBytes.length, 8);
  preamble.writeUInt32LE(pieces.reduce((crc, piece) => crc32(piece, crc), 0), 12);

  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      for (const piece of [preamble, ...pieces]) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  removeAbandonedWrites(path);
}

/** An hour is far longer than any write takes; older temporary files are left by a process that was killed mid-write. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

function removeAbandonedWrites(path: string): void {
  const folder = dirname(path);
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const temporary = join(folder, name);
    try {
      if (Date.now() - statSync(temporary).mtimeMs > ABANDONED_AFTER_MS) rmSync(temporary, { force: true });
    } catch (error) {
      // Another process finished or removed it meanwhile.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** Reads the cache if it was built from knowledge with this fingerprint; never throws. */
export function readIndexCache(path: string, fingerprint: string): CacheLookup {
  let file: Buffer<ArrayBuffer>;
  try {
    file = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent is a file, so there is no cache either; writing it will say why.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing' };
    return { status: 'unusable', problem: `cannot be read (${code ?? (error as Error).message})` };
  }
  try {
    return parseCache(alignedCopy(file), fingerprint);
  } catch (error) {
    // A length or offset that makes no sense past the checksum is corruption too.
    return { status: 'unusable', problem: `is corrupt (${(error as Error).message})` };
  }
}

function parseCache(file: Buffer<ArrayBuffer>, fingerprint: string): CacheLookup {
  if (file.length < PREAMBLE_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { status: 'unusable', problem: file.length < PREAMBLE_BYTES ? 'is truncated' : 'is not an Onboard index cache' };
  }
  const headerLength = file.readUInt32LE(8);
  const headerEnd = PREAMBLE_BYTES + headerLength;
  if (file.length < headerEnd) return { status: 'unusable', problem: 'is truncated' };
  let header: CacheHeader;
  try {
    header = JSON.parse(file.toString('utf8', PREAMBLE_BYTES, headerEnd)) as CacheHeader;
  } catch {
    return { status: 'unusable', problem: 'is corrupt (unreadable header)' };
  }
  if (header.format !== CACHE_FORMAT || header.endianness !== endianness()) {
    return { status: 'unusable', problem: `was written by another version of Onboard (format ${header.format} ${header.endianness}, expected ${CACHE_FORMAT} ${endianness()})` };
  }
  if (header.fingerprint !== fingerprint) return { status: 'stale' };

  const layouts = [...header.shards.map((lengths) => ({ lengths, types: SHARD_LAYOUT })), { lengths: header.terms, types: TERMS_LAYOUT }];
  const offsets: number[][] = [];
  let offset = headerEnd;
  for (const { lengths, types } of layouts) {
    offsets.push(
      lengths.map((length, i) => {
        const start = padTo(offset);
        offset = start + length * types[i]!.BYTES_PER_ELEMENT;
        return start;
      }),
    );
  }
  if (file.length < offset) return { status: 'unusable', problem: 'is truncated' };
  if (file.length > offset || crc32(file.subarray(PREAMBLE_BYTES)) !== file.readUInt32LE(12)) {
    return { status: 'unusable', problem: 'is corrupt (checksum mismatch)' };
  }

  const views = layouts.map(({ lengths, types }, i) => lengths.map((length, j) => new types[j]!(file.buffer, file.byteOffset + offsets[i]![j]!, length)));
  const terms = termTableFromArrays(views.pop()!);
  const shards = views.map(shardFromArrays);
  return { status: 'hit', cache: { fingerprint, builtAt: header.builtAt, files: header.files, skipped: header.skipped, acronyms: header.acronyms, shards, terms } };
}

/** Typed arrays need aligned offsets; small files may come back as a slice of Buffer's shared pool. */
function alignedCopy(file: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  if (file.byteOffset % ALIGN === 0) return file;
  const copy = Buffer.allocUnsafeSlow(file.length);
  file.copy(copy);
  return copy;
}
