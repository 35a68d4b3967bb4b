import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_FORMAT } from '../../src/search/index-cache.js';
import { loadCachedIndex, type LoadCachedIndexOptions } from '../../src/search/load-cached-index.js';
import { buildReference, cleanUp, config, copyFixtureKnowledge, makeTempDir, plainSections, QUESTIONS, searchOutcome, synonyms } from './index-cache-harness.js';

afterEach(cleanUp);

const PTO = 'handbook/paid-time-off/index.html.md';

/** A knowledge copy and a cache path in fresh temp folders, and a loader that records warnings. */
function setUp() {
  const root = copyFixtureKnowledge();
  const cachePath = join(makeTempDir(), 'index.bin');
  const warnings: string[] = [];
  const load = (options: Partial<LoadCachedIndexOptions> = {}) =>
    loadCachedIndex({ roots: [root], config, synonyms, cachePath, onWarning: (message) => warnings.push(message), ...options });
  return { root, cachePath, warnings, load };
}

describe('loadCachedIndex', () => {
  it('builds and writes the cache once, then loads it while nothing changes', async () => {
    const { cachePath, warnings, load } = setUp();
    const first = await load();
    const second = await load();
    expect([first.origin, second.origin]).toEqual(['built', 'cache']);
    expect(second.builtAt).toBe(first.builtAt);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(second.knowledge.files).toBe(first.knowledge.files);
    expect(statSync(cachePath).size).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });

  it('answers from the cache exactly as from an index built in memory', async () => {
    const { root, load } = setUp();
    await load();
    const cached = await load();
    const { index: reference } = buildReference(root);
    expect(plainSections(cached.index.sections)).toEqual(reference.sections);
    for (const question of QUESTIONS) expect(searchOutcome(cached.index, question), question).toEqual(searchOutcome(reference, question));
  });

  it('rebuilds when a file is added', async () => {
    const { root, load } = setUp();
    await load();
    writeFileSync(join(root, 'handbook', 'zebra.md'), '# Zebra crossings\n\nAlways use the zebra crossing near the office.\n');
    const after = await load();
    expect(after.origin).toBe('built');
    expect(after.index.sections.some((section) => section.path === 'handbook/zebra.md')).toBe(true);
  });

  it('rebuilds when a file is edited', async () => {
    const { root, load } = setUp();
    await load();
    appendFileSync(join(root, PTO), '\n## Sabbatical\n\nAfter five years you may take a sabbatical.\n');
    const after = await load();
    expect(after.origin).toBe('built');
    expect(after.index.documentFrequency.get('sabbat')).toBe(1);
  });

  it('rebuilds when a file is rewritten to the same size', async () => {
    const { root, load } = setUp();
    const before = await load();
    const path = join(root, PTO);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Time', 'Tide'));
    const later = new Date(statSync(path).mtimeMs + 5_000);
    utimesSync(path, later, later);
    const after = await load();
    expect(after.origin).toBe('built');
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it('rebuilds when a file is removed', async () => {
    const { root, load } = setUp();
    const before = await load();
    rmSync(join(root, PTO));
    const after = await load();
    expect(after.origin).toBe('built');
    expect(after.index.sections.length).toBeLessThan(before.index.sections.length);
    expect(after.index.sections.some((section) => section.path === PTO)).toBe(false);
  });

  it('rebuilds when the knowledge config changes', async () => {
    const { load } = setUp();
    const before = await load();
    const boosted = { ...config, boosts: [...config.boosts, { match: 'handbook/on-call/', weight: 3 }] };
    const after = await load({ config: boosted });
    expect(after.origin).toBe('built');
    const onCall = after.index.sections.find((section) => section.path === 'handbook/on-call/index.html.md')!;
    expect(after.index.priors[onCall.id]).toBeCloseTo(3 * before.index.priors[onCall.id]!, 5);
  });

  it('rebuilds when asked to, even though the cache matches', async () => {
    const { load } = setUp();
    await load();
    expect((await load({ rebuild: true })).origin).toBe('built');
  });

  it('rebuilds a corrupt cache with one warning, and rewrites it', async () => {
    const { cachePath, warnings, load } = setUp();
    await load();
    const bytes = readFileSync(cachePath);
    bytes[bytes.length - 3]! ^= 0xff;
    writeFileSync(cachePath, bytes);
    expect((await load()).origin).toBe('built');
    expect(warnings).toEqual([`Onboard: index cache ${cachePath} is corrupt (checksum mismatch); rebuilding it.`]);
    expect((await load()).origin).toBe('cache');
    expect(warnings).toHaveLength(1);
  });

  it('rebuilds a truncated cache with one warning', async () => {
    const { cachePath, warnings, load } = setUp();
    await load();
    truncateSync(cachePath, statSync(cachePath).size - 100);
    expect((await load()).origin).toBe('built');
    expect(warnings).toEqual([`Onboard: index cache ${cachePath} is truncated; rebuilding it.`]);
  });

  it('rebuilds a cache of the previous format with one warning, and rewrites it', async () => {
    const { cachePath, warnings, load } = setUp();
    await load();
    const bytes = readFileSync(cachePath);
    bytes.write(`"format":${CACHE_FORMAT - 1},`, bytes.indexOf(`"format":${CACHE_FORMAT},`));
    writeFileSync(cachePath, bytes);
    expect((await load()).origin).toBe('built');
    expect(warnings).toEqual([
      `Onboard: index cache ${cachePath} was written by another version of Onboard (format ${CACHE_FORMAT - 1} LE, expected ${CACHE_FORMAT} LE); rebuilding it.`,
    ]);
    expect((await load()).origin).toBe('cache');
  });

  it('uses the old cache when a later write was interrupted before its rename', async () => {
    const { cachePath, warnings, load } = setUp();
    await load();
    writeFileSync(`${cachePath}.999-0badcafe.tmp`, readFileSync(cachePath).subarray(0, 4096));
    expect((await load()).origin).toBe('cache');
    expect(warnings).toEqual([]);
  });

  it('answers from memory with one warning when the cache cannot be written', async () => {
    const { warnings, load } = setUp();
    const blocker = join(makeTempDir(), 'a-file');
    writeFileSync(blocker, '');
    const cachePath = join(blocker, 'index.bin');
    const loaded = await load({ cachePath });
    expect(loaded.index.sections.length).toBeGreaterThan(0);
    expect(warnings).toEqual([
      `Onboard: cannot write index cache ${cachePath} (EEXIST: file already exists, mkdir '${blocker}'); the index lives in memory only.`,
    ]);
  });

  it('writes nothing when the cache is off', async () => {
    const { cachePath, load } = setUp();
    expect((await load({ cachePath: false })).origin).toBe('built');
    expect(readdirSync(join(cachePath, '..'))).toEqual([]);
  });

  it('builds in worker threads the same index as in this thread', async () => {
    const { root, load } = setUp();
    const inWorkers = await load({ cachePath: false, workers: 2, shards: 3 });
    const { index: reference } = buildReference(root);
    expect(plainSections(inWorkers.index.sections)).toEqual(reference.sections);
    expect(JSON.stringify(inWorkers.index.minisearch)).toBe(JSON.stringify(reference.minisearch));
    expect(inWorkers.index.acronyms).toEqual(reference.acronyms);
    expect(inWorkers.index.acronyms.length).toBeGreaterThan(0);
  });

  it('indexes in this thread, with one warning, when the workers fail', async () => {
    const { warnings, load } = setUp();
    // Functions cannot be sent to a worker, so starting one fails.
    const unsendable = Object.assign({}, config, { describe: () => 42 });
    const loaded = await load({ cachePath: false, config: unsendable, workers: 2 });
    expect(loaded.index.sections.length).toBeGreaterThan(0);
    expect(warnings).toEqual([
      'Onboard: index workers failed (() => 42 could not be cloned.); indexing in one thread instead.',
    ]);
  });

  it('reports files parsed, then sections indexed, ending at the totals', async () => {
    const { root, load } = setUp();
    const events: [string, number, number][] = [];
    const loaded = await load({ cachePath: false, shards: 2, onProgress: (stage, done, total) => events.push([stage, done, total]) });
    const files = readdirSync(root, { recursive: true }).filter((name) => /\.md(\.erb)?$/.test(String(name))).length;
    const firstIndex = events.findIndex(([stage]) => stage === 'index');
    expect(events.slice(0, firstIndex).every(([stage, done, total]) => stage === 'parse' && done < total && total === files)).toBe(true);
    expect(events.slice(firstIndex).every(([stage]) => stage === 'index')).toBe(true);
    expect(events.at(-1)).toEqual(['index', loaded.index.sections.length, loaded.index.sections.length]);
  });
});
