import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadKnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { loadCachedIndex, type CachedIndex } from '../search/load-cached-index.js';
import type { SectionIndex } from '../search/section-index.js';
import { readRanker } from '../search/ranker-file.js';
import { loadSynonyms } from '../search/synonyms.js';
import { answerQuestion } from './answer-question.js';
import { readDeclineModel } from './decline-file.js';
import type { Assistant, Topics } from './assistant.js';
import { describeRole } from './describe-role.js';
import { summarizeTopics } from './summarize-topics.js';

export const DEFAULT_KNOWLEDGE = 'knowledge';
const DEFAULT_CONFIG = `${DEFAULT_KNOWLEDGE}/onboard.config.json`;
/**
 * The default cache file of a knowledge set: one per set of roots and config, so the bot on
 * `knowledge/` and an eval over the full corpus do not keep overwriting each other's cache.
 */
export function defaultCachePath(roots: string[], configPath: string): string {
  const key = createHash('sha256').update(JSON.stringify([roots.map((root) => resolve(root)), resolve(configPath)])).digest('hex');
  return `.cache/index-${key.slice(0, 12)}.bin`;
}

export interface AssistantOptions {
  /** Folders of markdown; default `knowledge/`. */
  roots?: string[];
  /** The knowledge config; default `knowledge/onboard.config.json`. */
  configPath?: string;
  /** The synonym list; default `synonyms.json` beside the config. */
  synonymsPath?: string;
  /**
   * The learned page ranker (`onboard train-ranker` writes it); default `ranker.json` beside the config
   * if there is one, `false` for the word search's order alone.
   */
  rankerPath?: string | false;
  /**
   * The learned decline model (`onboard train-decline` writes it); default `decline.json` beside the
   * config if there is one, `false` to decline only by the config's `outOfReach` and the coverage threshold.
   */
  declinePath?: string | false;
  onProgress?: (stage: 'parse' | 'index', done: number, total: number) => void;
  /**
   * Where the built index is kept between runs, reused while the knowledge, config and indexing code
   * are unchanged; `false` to build in memory every time. Default: `defaultCachePath(roots, configPath)`.
   */
  cachePath?: string | false;
  /** Build the index even when the cache matches, and rewrite the cache. */
  rebuild?: boolean;
  /** Problems that did not stop loading (an unusable cache, a cache that could not be written), one line each; default `console.warn`. */
  onWarning?: (message: string) => void;
}

export interface LoadedAssistant extends Assistant {
  knowledge: KnowledgeBase;
  index: SectionIndex;
  /** Whether the index was read from the cache or built by this call. */
  indexOrigin: CachedIndex['origin'];
}

/** Loads knowledge, builds the index and returns the one object every surface talks to. */
export async function createAssistant(options: AssistantOptions = {}): Promise<LoadedAssistant> {
  const roots = options.roots && options.roots.length > 0 ? options.roots : [DEFAULT_KNOWLEDGE];
  const configPath = options.configPath ?? DEFAULT_CONFIG;
  const config = loadKnowledgeConfig(configPath);
  const synonyms = loadSynonyms(options.synonymsPath ?? besideConfig(configPath, 'synonyms.json'));
  const onWarning = options.onWarning ?? console.warn;
  const { index, knowledge, builtAt, fingerprint, origin } = await loadCachedIndex({
    roots,
    config,
    synonyms,
    cachePath: options.cachePath ?? defaultCachePath(roots, configPath),
    rebuild: options.rebuild,
    onWarning,
    onProgress: options.onProgress,
  });
  index.ranker = loadLearned(options.rankerPath, besideConfig(configPath, 'ranker.json'), readRanker, 'ranking pages by their words alone', onWarning);
  const decline = loadLearned(options.declinePath, besideConfig(configPath, 'decline.json'), readDeclineModel, "declining by the knowledge config's outOfReach patterns alone", onWarning);
  const pages = new Set(knowledge.sections.map((section) => section.path)).size;
  // Topics walk every section and never change for a loaded index: computed once, on first use.
  let topics: Topics | undefined;
  return {
    knowledge,
    index,
    indexOrigin: origin,
    answer: (question, askOptions) => answerQuestion(index, question, askOptions, decline),
    topics: () => (topics ??= summarizeTopics(knowledge.sections, config)),
    role: (name) => describeRole(knowledge.sections, config, name, index.synonyms),
    info: () => ({ pages, sections: knowledge.sections.length, builtAt, fingerprint }),
  };
}

/**
 * Where the knowledge config's companions are kept and looked for: the synonyms, the learned page
 * ranker (`ranker.json`) and the learned decline model (`decline.json`) sit beside it.
 */
export function besideConfig(configPath: string | undefined, file: string): string {
  return resolve(configPath ?? DEFAULT_CONFIG, '..', file);
}

/**
 * A learned file (the ranker, the decline model) only refines answers: a damaged one is reported and
 * the bot does without it, and a missing one is only reported when asked for by name. `false` means
 * none; no path means the default one, if it exists.
 */
function loadLearned<T>(named: string | false | undefined, fallback: string, read: (path: string) => T, without: string, onWarning: (message: string) => void): T | undefined {
  if (named === false) return undefined;
  const path = named ?? fallback;
  if (named === undefined && !existsSync(path)) return undefined;
  try {
    return read(path);
  } catch (error) {
    onWarning(`${(error as Error).message}; ${without}`);
    return undefined;
  }
}
