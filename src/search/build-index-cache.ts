import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { RootFiles } from '../knowledge/load-knowledge.js';
import type { SkippedFile } from '../knowledge/types.js';
import { buildCacheShard, type ShardProgress, type ShardResult } from './build-cache-shard.js';
import type { IndexShard } from './index-cache.js';
import type { WorkerReply } from './index-worker.js';

export type BuildProgress = (stage: 'parse' | 'index', done: number, total: number) => void;

export interface BuildIndexOptions {
  /** Worker threads to parse and index in; default one per core up to 2, none for small knowledge. */
  workers?: number;
  /**
   * Runs of files to cut the knowledge into; default 2 per worker, so that a worker with a slow run does not
   * hold the other up for long. More runs balance better but cost every warm start: each run has its own
   * copy of the common vocabulary to merge.
   */
  shards?: number;
  onProgress?: BuildProgress;
  /** Problems that did not stop the build, one line each. */
  onWarning?: (message: string) => void;
}

export interface BuiltIndex {
  shards: IndexShard[];
  files: number;
  skipped: SkippedFile[];
}

/** One worker task: a run of files, numbered by its place in the knowledge. */
export interface ShardTask {
  part: number;
  listed: RootFiles[];
}

const MAX_WORKERS = 2;
/** Below this, starting workers (and tsx inside them) takes longer than parsing in this thread. */
const MIN_BYTES_FOR_WORKERS = 4 * 1024 * 1024;

/** Parses and indexes the listed files into shards, in worker threads when that pays. */
export async function buildIndexCache(listed: RootFiles[], config: KnowledgeConfig, options: BuildIndexOptions = {}): Promise<BuiltIndex> {
  const files = listed.flatMap((root) => root.files);
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const workers = options.workers ?? (bytes < MIN_BYTES_FOR_WORKERS ? 0 : Math.min(MAX_WORKERS, availableParallelism()));
  const parts = splitKnowledge(listed, options.shards ?? Math.max(1, workers * 2));
  const onProgress = trackProgress(files.length, options.onProgress);
  const buildHere = () => parts.map((part, i) => buildCacheShard(part, config, (progress) => onProgress(i, progress)));
  let results: ShardResult[];
  try {
    results = workers === 0 ? buildHere() : await buildInWorkers(parts, config, workers, onProgress);
  } catch (error) {
    if (workers === 0) throw error;
    // Threads can be unavailable (a sandbox, a missing loader); the same work in this thread either succeeds or fails with a plain stack.
    options.onWarning?.(`Onboard: index workers failed (${(error as Error).message}); indexing in one thread instead.`);
    results = buildHere();
  }
  return {
    shards: results.map((result) => result.shard),
    files: results.reduce((sum, result) => sum + result.files, 0),
    skipped: results.flatMap((result) => result.skipped),
  };
}

/** Cuts the file list into at most `count` consecutive runs of about equal size; keeping the order keeps section ids. */
export function splitKnowledge(listed: RootFiles[], count: number): RootFiles[][] {
  const total = listed.reduce((sum, root) => sum + root.files.reduce((rootSum, file) => rootSum + file.size, 0), 0);
  const parts: RootFiles[][] = [];
  let seen = 0;
  for (const { root, files } of listed) {
    for (const file of files) {
      // The run a file goes in is where its first byte falls; a big file fills its run alone.
      const at = total === 0 ? 0 : Math.min(count - 1, Math.floor((seen * count) / total));
      seen += file.size;
      const part = (parts[at] ??= []);
      const run = part.at(-1);
      if (run?.root === root) run.files.push(file);
      else part.push({ root, files: [file] });
    }
  }
  return parts.filter((part) => part !== undefined);
}

/** Sums the progress of all runs: files parsed until every file is, then sections indexed. */
function trackProgress(totalFiles: number, report: BuildProgress | undefined): (part: number, progress: ShardProgress) => void {
  const latest: ShardProgress[] = [];
  return (part, progress) => {
    if (!report) return;
    latest[part] = progress;
    const sum = (key: keyof ShardProgress) => latest.reduce((total, entry) => total + (entry?.[key] ?? 0), 0);
    const parsedFiles = sum('parsedFiles');
    if (parsedFiles < totalFiles) report('parse', parsedFiles, totalFiles);
    else report('index', sum('indexedSections'), sum('parsedSections'));
  };
}

async function buildInWorkers(
  parts: RootFiles[][],
  config: KnowledgeConfig,
  count: number,
  onProgress: (part: number, progress: ShardProgress) => void,
): Promise<ShardResult[]> {
  const results: ShardResult[] = [];
  let next = 0;
  const workers = Array.from({ length: Math.min(count, parts.length) }, () => startIndexWorker(config));
  const drain = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const giveNext = () => {
        if (next === parts.length) return resolve();
        const task: ShardTask = { part: next, listed: parts[next]! };
        next++;
        worker.postMessage(task);
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'progress') return onProgress(reply.part, reply.progress);
        results[reply.part] = reply.result;
        giveNext();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`Onboard: an index worker stopped early (exit code ${code})`)));
      giveNext();
    });
  try {
    await Promise.all(workers.map(drain));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * Under tsx this module is TypeScript, which a worker cannot load by itself (tsx's loader is not
 * inherited by workers on Node 20), so the worker registers tsx first.
 */
function startIndexWorker(config: KnowledgeConfig): Worker {
  const options = { workerData: { config } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./index-worker.js', import.meta.url), options);
  const entry = new URL('./index-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
