import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import { loadKnowledgeFiles, type RootFiles } from '../knowledge/load-knowledge.js';
import type { SkippedFile } from '../knowledge/types.js';
import { encodeCacheShard, type BuiltShard } from './encode-cache-shard.js';

export interface ShardResult {
  shard: BuiltShard;
  files: number;
  skipped: SkippedFile[];
}

/** Counts so far within one shard. */
export interface ShardProgress {
  parsedFiles: number;
  parsedSections: number;
  indexedSections: number;
}

/** Parses a run of knowledge files and indexes their sections: one worker task, or the whole job without workers. */
export function buildCacheShard(listed: RootFiles[], config: KnowledgeConfig, onProgress?: (progress: ShardProgress) => void): ShardResult {
  const knowledge = loadKnowledgeFiles(listed, config, (parsedFiles, _total, parsedSections) =>
    onProgress?.({ parsedFiles, parsedSections, indexedSections: 0 }),
  );
  const progress = { parsedFiles: listed.reduce((sum, root) => sum + root.files.length, 0), parsedSections: knowledge.sections.length };
  const shard = encodeCacheShard(knowledge.sections, config, (indexedSections) => onProgress?.({ ...progress, indexedSections }));
  return { shard, files: knowledge.files, skipped: knowledge.skipped };
}
