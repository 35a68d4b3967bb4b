import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Section } from '../../src/knowledge/types.js';
import { searchSections } from '../../src/search/search-sections.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms, type SynonymGroups } from '../../src/search/synonyms.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

export const config = loadProjectConfig();
export const synonyms: SynonymGroups = loadSynonyms(SYNONYMS_PATH);

const directories: string[] = [];

/** A fresh directory under the OS temp dir, removed by `cleanUp`. */
export function makeTempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'onboard-cache-'));
  directories.push(directory);
  return directory;
}

/** A copy of the fixture knowledge that a test may edit. */
export function copyFixtureKnowledge(): string {
  const root = join(makeTempDir(), 'knowledge');
  cpSync(FIXTURE_KNOWLEDGE, root, { recursive: true });
  return root;
}

export function cleanUp(): void {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** The fixture's sections and the index `buildSectionIndex` makes of them: what every cached index must equal. */
export function buildReference(root = FIXTURE_KNOWLEDGE): { sections: Section[]; index: SectionIndex } {
  const { sections } = loadKnowledge([root], config);
  return { sections, index: buildSectionIndex(sections, config, synonyms) };
}

/** Sections as plain objects, field by field as a reader sees them: cached sections decode their fields on first read. */
export function plainSections(sections: readonly Section[]): Section[] {
  return sections.map(({ id, source, path, pageTitle, headings, anchor, url, text, lang }) => ({ id, source, path, pageTitle, headings, anchor, url, text, lang }));
}

/** Questions that exercise exact, fuzzy (misspelt or unknown words), multi-term and Japanese matching. */
export const QUESTIONS = [
  'How do I get my merge request reviewed?',
  'how fast do i have to reveiw an MR, is there an SLO?',
  'what should I do when I am on call and get paged',
  'how much notice do I give before taking PTO',
  "what's the interview loop for backend engineers",
  'what does a support engineer do',
  'can I revert a commit on the default branch',
  'sourcegraph incident on-call rotation',
  'ハンドブック',
  'what are my responsibilities as a developer',
  'kubernetes terraform quantum',
];

/** What ranking sees of a search: section ids, scores, coverage and matched terms of every hit, in order. */
export function searchOutcome(index: SectionIndex, question: string) {
  return searchSections(index, question).pages.map((page) => ({
    path: page.path,
    score: page.score,
    hits: page.hits.map((hit) => ({ id: hit.section.id, score: hit.score, coverage: hit.coverage, matched: hit.matched })),
  }));
}
