import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { combineShards, encodeCacheShard, type BuiltShard } from '../../src/search/encode-cache-shard.js';
import { CACHE_FORMAT, readIndexCache, shardArrays, writeIndexCache, type IndexCache } from '../../src/search/index-cache.js';
import { buildReference, cleanUp, config, makeTempDir } from './index-cache-harness.js';

afterEach(cleanUp);

let built: BuiltShard[];
let cache: IndexCache;

beforeAll(() => {
  const { sections } = buildReference();
  built = [encodeCacheShard(sections.slice(0, 10), config), encodeCacheShard(sections.slice(10), config)];
  cache = { fingerprint: 'f1', builtAt: '2026-01-02T03:04:05.000Z', files: 9, skipped: [{ path: 'empty.md', reason: 'no text' }], ...combineShards(built) };
});

/** The cache with each array as its type, length and a hash of its bytes: compact when a comparison fails. */
function describeCache({ shards, ...rest }: IndexCache) {
  const summarize = (array: ArrayBufferView) =>
    `${array.constructor.name}(${array.byteLength}) ${createHash('sha1').update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength)).digest('hex')}`;
  return { ...rest, shards: shards.map((shard) => shardArrays(shard).map(summarize)) };
}

function writtenCache(): string {
  const path = join(makeTempDir(), 'cache', 'index.bin');
  writeIndexCache(path, cache);
  return path;
}

describe('writeIndexCache', () => {
  it('creates the folder and leaves only the cache file in it', () => {
    const path = writtenCache();
    expect(readdirSync(join(path, '..'))).toEqual(['index.bin']);
  });

  it('removes temporary files that a killed writer left over an hour ago, and only those', () => {
    const path = writtenCache();
    const abandoned = `${path}.4242-deadbeef.tmp`;
    const recent = `${path}.4343-cafebabe.tmp`;
    const unrelated = join(path, '..', 'notes.tmp');
    for (const file of [abandoned, recent, unrelated]) writeFileSync(file, 'partial');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(abandoned, twoHoursAgo, twoHoursAgo);
    utimesSync(unrelated, twoHoursAgo, twoHoursAgo);
    writeIndexCache(path, cache);
    expect(readdirSync(join(path, '..')).sort()).toEqual(['index.bin', 'index.bin.4343-cafebabe.tmp', 'notes.tmp']);
  });

  it("writes what a warm start reads and not each shard's own vocabulary, which the term table merges", () => {
    const path = writtenCache();
    const bytes = (arrays: ArrayBufferView[]) => arrays.reduce((sum, array) => sum + array.byteLength, 0);
    const { vocabulary, documentFrequency, shardTerms, tree, edges } = cache.terms;
    const read = [
      ...cache.shards.flatMap((shard) => [shard.strings.bytes, shard.strings.ends, shard.sections, shard.priors, shard.fieldLengths, shard.termStarts, shard.postings]),
      ...[vocabulary.bytes, vocabulary.ends, documentFrequency, shardTerms, tree, edges.bytes, edges.ends],
    ];
    const shardVocabularies = bytes(built.flatMap((shard) => [shard.terms.bytes, shard.terms.ends, shard.documentFrequency]));
    // Besides the arrays: the 16-byte preamble, the JSON header and at most 7 bytes of padding before each array.
    const overhead = statSync(path).size - bytes(read);
    expect(overhead).toBeLessThanOrEqual(16 + readFileSync(path).readUInt32LE(8) + 7 * read.length);
    // More than that slack: a file holding them would fail the line above.
    expect(shardVocabularies).toBeGreaterThan(7 * read.length);
  });

  it('throws, leaving the old cache untouched, when the file cannot be written', () => {
    const path = writtenCache();
    const before = readFileSync(path);
    const blocked = join(path, 'index.bin');
    expect(() => writeIndexCache(blocked, cache)).toThrow(`EEXIST: file already exists, mkdir '${path}'`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('readIndexCache', () => {
  it('reads back what was written', () => {
    const lookup = readIndexCache(writtenCache(), 'f1');
    expect(lookup.status).toBe('hit');
    if (lookup.status === 'hit') expect(describeCache(lookup.cache)).toEqual(describeCache(cache));
  });

  it('reports a missing file as missing', () => {
    expect(readIndexCache(join(makeTempDir(), 'index.bin'), 'f1')).toEqual({ status: 'missing' });
  });

  it('reports a cache of other knowledge as stale', () => {
    expect(readIndexCache(writtenCache(), 'f2')).toEqual({ status: 'stale' });
  });

  it('reports a truncated file', () => {
    const path = writtenCache();
    truncateSync(path, Math.floor(readFileSync(path).length / 2));
    expect(readIndexCache(path, 'f1')).toEqual({ status: 'unusable', problem: 'is truncated' });
    truncateSync(path, 10);
    expect(readIndexCache(path, 'f1')).toEqual({ status: 'unusable', problem: 'is truncated' });
  });

  it('reports a changed byte anywhere after the header as corruption', () => {
    const path = writtenCache();
    const bytes = readFileSync(path);
    for (const at of [bytes.length - 1, Math.floor(bytes.length / 2)]) {
      const corrupt = Buffer.from(bytes);
      corrupt[at]! ^= 0x20;
      writeFileSync(path, corrupt);
      expect(readIndexCache(path, 'f1')).toEqual({ status: 'unusable', problem: 'is corrupt (checksum mismatch)' });
    }
  });

  it('reports a file that is not a cache', () => {
    const path = join(makeTempDir(), 'index.bin');
    writeFileSync(path, '# Not an index\n\nJust markdown.\n');
    expect(readIndexCache(path, 'f1')).toEqual({ status: 'unusable', problem: 'is not an Onboard index cache' });
  });

  it('reports a cache in another format version', () => {
    const path = writtenCache();
    const bytes = readFileSync(path);
    const at = bytes.indexOf(`"format":${CACHE_FORMAT},`);
    bytes.write(`"format":${CACHE_FORMAT + 1},`, at);
    writeFileSync(path, bytes);
    expect(readIndexCache(path, 'f1')).toEqual({
      status: 'unusable',
      problem: `was written by another version of Onboard (format ${CACHE_FORMAT + 1} LE, expected ${CACHE_FORMAT} LE)`,
    });
  });

  it('still reads the old cache when a write was interrupted before its rename', () => {
    const path = writtenCache();
    writeFileSync(`${path}.4242-deadbeef.tmp`, readFileSync(path).subarray(0, 1000));
    expect(readIndexCache(path, 'f1').status).toBe('hit');
    expect(existsSync(`${path}.4242-deadbeef.tmp`)).toBe(true);
  });
});
