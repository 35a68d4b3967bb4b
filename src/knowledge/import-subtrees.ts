import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readJsonFile } from './json-file.js';
import { KNOWLEDGE_FILE } from './find-knowledge-files.js';

export interface ImportManifest {
  /** Files or folders relative to the handbook root, copied to the same place under the destination. */
  include: string[];
}

export interface ImportReport {
  copied: string[];
  unchanged: number;
  removed: string[];
}

export class ImportError extends Error {
  constructor(message: string) {
    super(`Onboard: import: ${message}`);
    this.name = 'ImportError';
  }
}

export function readImportManifest(path: string): ImportManifest {
  const raw = readJsonFile(path, (reason) => {
    throw new ImportError(`manifest ${path}: ${reason}`);
  });
  const include = (raw as { include?: unknown }).include;
  if (!Array.isArray(include) || !include.every((entry) => typeof entry === 'string' && entry && !entry.split('/').includes('..'))) {
    throw new ImportError(`manifest ${path}: "include" must be a list of paths inside the handbook root`);
  }
  return { include };
}

/**
 * Copies the manifest's subtrees unchanged from a handbook checkout. Files whose bytes already
 * match are left alone and files gone upstream are removed, so a re-run on the same input changes nothing.
 */
export function importSubtrees(sourceRoot: string, destinationRoot: string, manifest: ImportManifest): ImportReport {
  const report: ImportReport = { copied: [], unchanged: 0, removed: [] };
  for (const entry of manifest.include) {
    const source = join(sourceRoot, entry);
    if (!existsSync(source)) throw new ImportError(`${source} does not exist (is ${sourceRoot} a GitLab handbook root?)`);
    const wanted = new Set(listFiles(source, entry));
    for (const file of wanted) {
      const from = join(sourceRoot, file);
      const to = join(destinationRoot, file);
      if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) {
        report.unchanged++;
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      report.copied.push(file);
    }
    const destination = join(destinationRoot, entry);
    if (!existsSync(destination)) continue;
    for (const file of listFiles(destination, entry)) {
      if (wanted.has(file)) continue;
      rmSync(join(destinationRoot, file));
      report.removed.push(file);
    }
  }
  return report;
}

function listFiles(absolute: string, relative: string): string[] {
  if (!statSync(absolute).isDirectory()) return KNOWLEDGE_FILE.test(relative) ? [relative] : [];
  return readdirSync(absolute, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => listFiles(join(absolute, entry.name), `${relative}/${entry.name}`));
}
