import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const KNOWLEDGE_FILE = /\.(md|markdown)(\.erb)?$/i;

export interface KnowledgeFile {
  /** Absolute path on disk. */
  absolute: string;
  /** Path relative to its knowledge root, `/`-separated. */
  path: string;
  size: number;
  mtimeMs: number;
}

export class KnowledgeRootError extends Error {
  constructor(root: string, problem: string) {
    super(`Onboard: knowledge directory ${root} ${problem}`);
    this.name = 'KnowledgeRootError';
  }
}

/** Lists the markdown files under a root, sorted, skipping dot-folders and node_modules. */
export function findKnowledgeFiles(root: string): KnowledgeFile[] {
  let stat;
  try {
    stat = statSync(root);
  } catch {
    throw new KnowledgeRootError(root, 'does not exist (pass an existing folder of markdown files with --knowledge)');
  }
  if (!stat.isDirectory()) throw new KnowledgeRootError(root, 'is not a directory');
  const files: KnowledgeFile[] = [];
  // The relative path is built as the walk goes down: `path.relative` per file was a third of listing a large handbook.
  const walk = (dir: string, prefix: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const absolute = join(dir, entry.name);
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(absolute, `${path}/`);
      else if (entry.isFile() && KNOWLEDGE_FILE.test(entry.name)) {
        const info = statSync(absolute);
        files.push({ absolute, path, size: info.size, mtimeMs: info.mtimeMs });
      }
    }
  };
  walk(root, '');
  return files;
}
