import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

/** A temporary knowledge folder holding these pages (path -> markdown), and a way to remove it. */
export function writeKnowledgeDir(pages: Readonly<Record<string, string>>): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'onboard-knowledge-'));
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** These pages indexed as the bot indexes knowledge, with the project's config and synonyms, and a way to remove their folder. */
function indexPages(pages: Readonly<Record<string, string>>): { index: SectionIndex; remove: () => void } {
  const knowledge = writeKnowledgeDir(pages);
  const config = loadProjectConfig();
  return { index: buildSectionIndex(loadKnowledge([knowledge.root], config).sections, config, loadSynonyms(SYNONYMS_PATH)), remove: knowledge.remove };
}

/** Indexes these pages before a test file's tests (handing the index to `use`) and removes their folder after them. */
export function indexPagesForTests(pages: Readonly<Record<string, string>>, use: (index: SectionIndex) => void): void {
  let remove = () => {};
  beforeAll(() => {
    const indexed = indexPages(pages);
    remove = indexed.remove;
    use(indexed.index);
  });
  afterAll(() => remove());
}
