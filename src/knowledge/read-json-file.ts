import { readFileSync } from 'node:fs';

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
