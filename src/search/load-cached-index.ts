import { findKnowledgeFiles } from '../knowledge/find-knowledge-files.js';
import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { BuildIndexOptions } from './build-index-cache.js';
import { fingerprintKnowledge } from './fingerprint-knowledge.js';
import { readIndexCache, writeIndexCache, type IndexCache } from './index-cache.js';
import { restoreSectionIndex } from './restore-cached-index.js';
import type { SectionIndex } from './section-index.js';
import type { SynonymGroups } from './synonyms.js';

export interface LoadCachedIndexOptions extends BuildIndexOptions {
  roots: string[];
  config: KnowledgeConfig;
  synonyms: SynonymGroups;
  /** The cache file, or `false` to build in memory every time. */
  cachePath: string | false;
  /** Build and rewrite the cache even when it matches. */
  rebuild?: boolean;
}

export interface CachedIndex {
  index: SectionIndex;
  knowledge: KnowledgeBase;
  builtAt: string;
  fingerprint: string;
  /** Whether the index came from the cache file or was built in this process. */
  origin: 'cache' | 'built';
}

/**
 * The index of the knowledge as it is now: from the cache when its fingerprint matches, else built and
 * written back. A cache that cannot be used, or written, costs a warning and a rebuild, never the start.
 */
export async function loadCachedIndex(options: LoadCachedIndexOptions): Promise<CachedIndex> {
  const { config, synonyms, cachePath, onWarning } = options;
  const listed = options.roots.map((root) => ({ root, files: findKnowledgeFiles(root) }));
  const fingerprint = fingerprintKnowledge({ listed, config });
  const restore = (cache: IndexCache, origin: CachedIndex['origin']): CachedIndex => {
    const index = restoreSectionIndex(cache, config, synonyms);
    const knowledge = { sections: index.sections, files: cache.files, skipped: cache.skipped };
    return { index, knowledge, builtAt: cache.builtAt, fingerprint, origin };
  };

  if (cachePath && !options.rebuild) {
    const lookup = readIndexCache(cachePath, fingerprint);
    if (lookup.status === 'hit') {
      try {
        return restore(lookup.cache, 'cache');
      } catch (error) {
        onWarning?.(`Onboard: index cache ${cachePath} is corrupt (${(error as Error).message}); rebuilding it.`);
      }
    } else if (lookup.status === 'unusable') {
      onWarning?.(`Onboard: index cache ${cachePath} ${lookup.problem}; rebuilding it.`);
    }
  }

  // Imported only to build: the parsers and their libraries (gray-matter, js-yaml) are a good part of a warm start's imports.
  const { buildIndexCache } = await import('./build-index-cache.js');
  const built = await buildIndexCache(listed, config, options);
  const cache: IndexCache = { fingerprint, builtAt: new Date().toISOString(), ...built };
  if (cachePath) {
    try {
      writeIndexCache(cachePath, cache);
    } catch (error) {
      onWarning?.(`Onboard: cannot write index cache ${cachePath} (${(error as Error).message}); the index lives in memory only.`);
    }
  }
  return restore(cache, 'built');
}
