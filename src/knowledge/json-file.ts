import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Reads and parses a JSON data file. A missing file or bad JSON is handed to `fail` as one short
 * reason ("file not found", the parser's message) so each caller can name its own file kind.
 */
export function readJsonFile(path: string, fail: (reason: string) => never): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message);
  }
}

/** A number a JSON data file may hold as a weight: JSON has no NaN or Infinity, but a value may be a string or null. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Written beside, then renamed over: a bot starting meanwhile reads the old file or the new, never half of one. */
export function writeJsonFile(path: string, contents: unknown): void {
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify(contents, null, 2)}\n`);
  renameSync(partial, path);
}
