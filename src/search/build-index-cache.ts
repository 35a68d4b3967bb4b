import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { RootFiles } from '../knowledge/load-knowledge.js';
import type { SkippedFile } from '../knowledge/types.js';
import { buildCacheShard, type ShardProgress, type ShardResult } from './build-cache-shard.js';
import { combineShards } from './encode-cache-shard.js';
import type { IndexCache } from './index-cache.js';
import type { WorkerReply } from './index-worker.js';

export type BuildProgress = (stage: 'parse' | 'index', done: number, total: number) => void;

export interface BuildIndexOptions {
  /**
   * Worker threads to parse and index in besides this one; default one per core up to 2 threads in all, none
   * for small knowledge. This thread takes runs of files too: it would otherwise wait, and it starts at once.
   */
  workers?: number;
  /**
   * Runs of files to cut the knowledge into; default 2 per thread, so that a thread with a slow run does not
   * hold the other up for long. More runs were measured slower to build on the full corpus (6 or 8 against
   * 4): each has its own copy of the common vocabulary, merged into the cache's term table once built.
   */
  shards?: number;
  onProgress?: BuildProgress;
  /** Problems that did not stop the build, one line each. */
  onWarning?: (message: string) => void;
}

export interface BuiltIndex extends Pick<IndexCache, 'shards' | 'terms' | 'acronyms'> {
  files: number;
  skipped: SkippedFile[];
}

/** What a worker is started with: every run, and the counter through which the threads take them. */
export interface WorkerTasks {
  config: KnowledgeConfig;
  parts: RootFiles[][];
  /** One Int32 on shared memory: the next run to take. Every thread takes runs with `takePart`. */
  next: Int32Array;
}

const MAX_THREADS = 2;
/** Below this, starting workers (and tsx inside them) takes longer than parsing in this thread. */
const MIN_BYTES_FOR_WORKERS = 4 * 1024 * 1024;
/**
 * About what this thread parses and indexes while a worker starts (loads tsx and compiles its modules, about
 * half a second), so its first run is that much longer and both finish together: see `splitKnowledge`.
 */
const WORKER_START_BYTES = 2 * 1024 * 1024;

/** Parses and indexes the listed files into shards, in this thread and in worker threads when that pays. */
export async function buildIndexCache(listed: RootFiles[], config: KnowledgeConfig, options: BuildIndexOptions = {}): Promise<BuiltIndex> {
  const files = listed.flatMap((root) => root.files);
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const workers = options.workers ?? (bytes < MIN_BYTES_FOR_WORKERS ? 0 : Math.min(MAX_THREADS, availableParallelism()) - 1);
  const parts = splitKnowledge(listed, options.shards ?? (workers === 0 ? 1 : (workers + 1) * 2), workers === 0 ? 0 : WORKER_START_BYTES);
  const onProgress = trackProgress(files.length, options.onProgress);
  const results: ShardResult[] = [];
  const buildHere = (part: number) => (results[part] = buildCacheShard(parts[part]!, config, (progress) => onProgress(part, progress)));
  if (workers > 0) {
    const failure = await buildAlongsideWorkers(parts, config, workers, buildHere, (part, result) => (results[part] = result), onProgress);
    // Threads can be unavailable (a sandbox, a missing loader): the runs no thread finished are built here.
    if (failure) options.onWarning?.(`Onboard: index workers failed (${failure.message}); indexing in one thread instead.`);
  }
  parts.forEach((_, part) => results[part] ?? buildHere(part));
  return {
    ...combineShards(results.map((result) => result.shard)),
    files: results.reduce((sum, result) => sum + result.files, 0),
    skipped: results.flatMap((result) => result.skipped),
  };
}

/**
 * Cuts the file list into at most `count` consecutive runs of about equal size; keeping the order keeps
 * section ids. The first run is `lead` bytes longer than the others: this thread takes it at once, while a
 * worker is still starting.
 */
export function splitKnowledge(listed: RootFiles[], count: number, lead = 0): RootFiles[][] {
  const total = listed.reduce((sum, root) => sum + root.files.reduce((rootSum, file) => rootSum + file.size, 0), 0);
  const parts: RootFiles[][] = [];
  let seen = 0;
  for (const { root, files } of listed) {
    for (const file of files) {
      // The run a file goes in is where its first byte falls; a big file fills its run alone.
      const at = total <= lead ? 0 : Math.min(count - 1, Math.max(0, Math.floor(((seen - lead) * count) / (total - lead))));
      seen += file.size;
      const part = (parts[at] ??= []);
      const run = part.at(-1);
      if (run?.root === root) run.files.push(file);
      else part.push({ root, files: [file] });
    }
  }
  return parts.filter((part) => part !== undefined);
}

/** The next run for the calling thread, or undefined when every run is taken. */
export function takePart(next: Int32Array, parts: number): number | undefined {
  const part = Atomics.add(next, 0, 1);
  return part < parts ? part : undefined;
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

/**
 * Starts the workers, then takes runs in this thread until none is left, then waits until every run is built
 * or the workers have ended. A worker that fails is reported in the result, with the runs the workers
 * finished already handed to `onResult`; an error in this thread is thrown.
 */
async function buildAlongsideWorkers(
  parts: RootFiles[][],
  config: KnowledgeConfig,
  count: number,
  buildHere: (part: number) => void,
  onResult: (part: number, result: ShardResult) => void,
  onProgress: (part: number, progress: ShardProgress) => void,
): Promise<Error | undefined> {
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  let unbuilt = parts.length;
  let allBuilt!: (value: undefined) => void;
  const built = new Promise<undefined>((resolve) => (allBuilt = resolve));
  const onBuilt = () => {
    if (--unbuilt === 0) allBuilt(undefined);
  };
  const onWorkerResult = (part: number, result: ShardResult) => {
    onResult(part, result);
    onBuilt();
  };
  const workers: Worker[] = [];
  const finished: Promise<Error | undefined>[] = [];
  try {
    try {
      for (let i = 0; i < count; i++) {
        const worker = startIndexWorker({ config, parts, next });
        workers.push(worker);
        finished.push(whenFinished(worker, onWorkerResult, onProgress));
      }
    } catch (error) {
      return error as Error;
    }
    // The workers' replies wait until this thread is done building; the handlers above are in place by then.
    for (let part = takePart(next, parts.length); part !== undefined; part = takePart(next, parts.length)) {
      buildHere(part);
      onBuilt();
    }
    // Once every run is built, a worker still starting up is not waited for.
    const ended = Promise.all(finished).then((failures) => failures.find((failure) => failure !== undefined));
    return await Promise.race([built, ended]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Hands on a worker's replies until it ends by itself, once no run is left; resolves to its error if it fails. */
function whenFinished(
  worker: Worker,
  onResult: (part: number, result: ShardResult) => void,
  onProgress: (part: number, progress: ShardProgress) => void,
): Promise<Error | undefined> {
  return new Promise((resolve) => {
    worker.on('message', (reply: WorkerReply) => (reply.type === 'progress' ? onProgress(reply.part, reply.progress) : onResult(reply.part, reply.result)));
    worker.on('error', resolve);
    worker.on('exit', (code) => resolve(code === 0 ? undefined : new Error(`Onboard: an index worker stopped early (exit code ${code})`)));
  });
}

/**
 * Under tsx this module is TypeScript, which a worker cannot load by itself (tsx's loader is not
 * inherited by workers on Node 20), so the worker registers tsx first.
 */
function startIndexWorker(tasks: WorkerTasks): Worker {
  const options = { workerData: tasks };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./index-worker.js', import.meta.url), options);
  const entry = new URL('./index-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
