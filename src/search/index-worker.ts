import { parentPort, workerData } from 'node:worker_threads';
import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import { buildCacheShard, type ShardProgress, type ShardResult } from './build-cache-shard.js';
import { shardArrays } from './index-cache.js';
import type { ShardTask } from './build-index-cache.js';

/** What a worker posts back: progress on its current task, then the task's shard. */
export type WorkerReply = { type: 'progress'; part: number; progress: ShardProgress } | { type: 'done'; part: number; result: ShardResult };

const config = (workerData as { config: KnowledgeConfig }).config;
const port = parentPort!;

port.on('message', ({ part, listed }: ShardTask) => {
  const result = buildCacheShard(listed, config, (progress) => port.postMessage({ type: 'progress', part, progress } satisfies WorkerReply));
  // Transferred, not copied: the arrays are tens of megabytes.
  const buffers = [...new Set(shardArrays(result.shard).map((array) => array.buffer))].filter((buffer) => buffer instanceof ArrayBuffer);
  port.postMessage({ type: 'done', part, result } satisfies WorkerReply, buffers);
});
