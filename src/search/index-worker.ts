import { parentPort, workerData } from 'node:worker_threads';
import { buildCacheShard, type ShardProgress, type ShardResult } from './build-cache-shard.js';
import { takePart, type WorkerTasks } from './build-index-cache.js';
import { shardArrays } from './index-cache.js';

/** What a worker posts back: progress on the run it is building, then the run's shard. */
export type WorkerReply = { type: 'progress'; part: number; progress: ShardProgress } | { type: 'done'; part: number; result: ShardResult };

const { config, parts, next } = workerData as WorkerTasks;
const port = parentPort!;

// Takes runs until none is left, then ends: the thread that takes a run builds it, whichever is free first.
for (let part = takePart(next, parts.length); part !== undefined; part = takePart(next, parts.length)) {
  const result = buildCacheShard(parts[part]!, config, (progress) => port.postMessage({ type: 'progress', part, progress } satisfies WorkerReply));
  // Transferred, not copied: the arrays are tens of megabytes.
  const { shard } = result;
  const arrays = [...shardArrays(shard), shard.terms.bytes, shard.terms.ends, shard.documentFrequency];
  const buffers = [...new Set(arrays.map((array) => array.buffer))].filter((buffer) => buffer instanceof ArrayBuffer);
  port.postMessage({ type: 'done', part, result } satisfies WorkerReply, buffers);
}
