import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { RootFiles } from '../knowledge/load-knowledge.js';

/** Bump to invalidate every cache when the index changes in a way the inputs below cannot see. */
const INDEX_VERSION = 4;

/** Libraries whose behaviour is baked into the cached index. */
const INDEXING_PACKAGES = ['minisearch', 'gray-matter', 'stemmer'];

/** Where the code that writes and reads the cache starts; everything they import is hashed with them. */
const INDEXING_ENTRIES = ['./build-cache-shard', './restore-cached-index', './index-cache'];

/** Exactly what `buildIndexCache` is given. Synonyms are not: they apply at question time, read fresh on every start. */
export interface FingerprintInput {
  listed: RootFiles[];
  config: KnowledgeConfig;
}

/**
 * A hash of everything the index is built from: each file's path, size and modification time (cheap:
 * the listing already has them), the knowledge config, the versions of the libraries, and
 * the source of the modules that parse and index, so that editing a tokenizer makes old caches stale
 * while editing the ranking does not. Content hashes would also catch an edit that keeps a file's size
 * and mtime, at the price of reading every file on each start.
 */
export function fingerprintKnowledge({ listed, config }: FingerprintInput): string {
  const hash = createHash('sha256');
  hash.update(`onboard index ${INDEX_VERSION}\nnode ${process.versions.node}\n`);
  for (const name of INDEXING_PACKAGES) hash.update(`${name} ${packageVersion(name)}\n`);
  for (const [path, source] of indexingSources()) hash.update(`${relative(HERE, path)}\0${source.length}\0`).update(source);
  hash.update(`${JSON.stringify(config)}\n`);
  for (const { root, files } of listed) {
    hash.update(`root ${resolve(root)}\n`);
    for (const file of files) hash.update(`${file.path}\0${file.size}\0${file.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const require = createRequire(import.meta.url);

/** The installed version, found from the package's entry point because not every package exports its package.json. */
function packageVersion(name: string): string {
  let folder = dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version ?? 'unknown';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const parent = dirname(folder);
    if (parent === folder) return 'unknown';
    folder = parent;
  }
}

const HERE = dirname(fileURLToPath(import.meta.url));
const RELATIVE_IMPORT = /\bfrom '(\.{1,2}\/[^']+)\.js'/g;

/** The source of the indexing modules and of every module they import, followed through relative imports. */
export function indexingSources(): Map<string, Buffer> {
  // `.ts` under tsx and vitest, `.js` once compiled.
  const extension = import.meta.url.slice(import.meta.url.lastIndexOf('.'));
  const sources = new Map<string, Buffer>();
  const queue = INDEXING_ENTRIES.map((entry) => fileURLToPath(new URL(`${entry}${extension}`, import.meta.url)));
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (sources.has(path) || !existsSync(path)) continue;
    const source = readFileSync(path);
    sources.set(path, source);
    for (const [, specifier] of source.toString('utf8').matchAll(RELATIVE_IMPORT)) queue.push(join(dirname(path), `${specifier}${extension}`));
  }
  return new Map([...sources].sort(([a], [b]) => (a < b ? -1 : 1)));
}
