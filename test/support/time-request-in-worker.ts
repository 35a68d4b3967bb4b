import { Worker } from 'node:worker_threads';

// Plain JS: the worker runs outside vitest's TypeScript transform.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const started = performance.now();
  const response = await fetch(workerData.url, { method: 'POST', headers: workerData.headers, body: workerData.body });
  const elapsedMs = performance.now() - started;
  await response.arrayBuffer();
  parentPort.postMessage({ status: response.status, elapsedMs });
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

/**
 * Sends a request from a worker thread and reports how long the response took to arrive.
 * The worker has its own event loop, so the timing holds even while the main thread (where
 * the app under test runs) is busy computing an answer.
 */
export function timeRequestInWorker(request: { url: string; headers: Record<string, string>; body: string }): Promise<{ status: number; elapsedMs: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: request });
    worker.once('message', (result: { status: number; elapsedMs: number } | { error: string }) => {
      void worker.terminate();
      if ('error' in result) reject(new Error(result.error));
      else resolve(result);
    });
    worker.once('error', reject);
  });
}
