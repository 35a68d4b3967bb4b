import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findKnowledgeFiles, type KnowledgeFile } from './find-knowledge-files.js';
import { matchPattern, type KnowledgeConfig, type SourceConfig } from './knowledge-config.js';
import { parsePage, type PageSection } from './parse-page.js';
import type { KnowledgeBase, Section, SkippedFile } from './types.js';

/** Pages beyond this size are generated dumps, not handbook prose; parsing them only slows start-up. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface LoadProgress {
  (done: number, total: number, sections: number): void;
}

/** The source config a file belongs to: the first whose pattern matches, else one for its root. */
export function sourceFor(path: string, root: string, config: KnowledgeConfig): SourceConfig {
  const configured = config.sources.find((source) => source.match.some((pattern) => matchPattern(path, pattern) !== -1));
  if (configured) return configured;
  const absoluteRoot = resolve(root);
  return {
    name: basename(absoluteRoot),
    match: [],
    site: `${pathToFileURL(absoluteRoot).href}/`,
    pageUrls: 'extensionless',
    anchors: 'github',
    roles: false,
    aliases: [],
  };
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** The markdown files of one knowledge root. */
export interface RootFiles {
  root: string;
  files: KnowledgeFile[];
}

/** Reads every markdown file of the roots into sections; bad files are reported, never fatal. */
export function loadKnowledge(roots: string[], config: KnowledgeConfig, onProgress?: LoadProgress): KnowledgeBase {
  return loadKnowledgeFiles(roots.map((root) => ({ root, files: findKnowledgeFiles(root) })), config, onProgress);
}

/** `loadKnowledge` for files already listed, e.g. one worker's share; section ids count from 0. */
export function loadKnowledgeFiles(listed: RootFiles[], config: KnowledgeConfig, onProgress?: LoadProgress): KnowledgeBase {
  const total = listed.reduce((sum, entry) => sum + entry.files.length, 0);
  const sections: Section[] = [];
  const skipped: SkippedFile[] = [];
  let files = 0;
  let done = 0;
  for (const { root, files: rootFiles } of listed) {
    for (const file of rootFiles) {
      const outcome = readOne(root, file, config);
      if (outcome.skip) skipped.push({ path: file.path, reason: outcome.skip });
      for (const section of outcome.sections) sections.push(numbered(section, sections.length));
      if (outcome.sections.length > 0) files++;
      onProgress?.(++done, total, sections.length);
    }
  }
  return { sections, files, skipped };
}

/** The section with its id (last, as a spread put it); written out because an object spread per section was slow. */
function numbered(section: PageSection, id: number): Section {
  const { source, path, pageTitle, headings, anchor, url, text, lang } = section;
  return { source, path, pageTitle, headings, anchor, url, text, lang, id };
}

function readOne(root: string, file: KnowledgeFile, config: KnowledgeConfig) {
  if (file.size > MAX_FILE_BYTES) return { sections: [], skip: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  let text: string;
  try {
    text = decoder.decode(readFileSync(file.absolute));
  } catch (error) {
    return { sections: [], skip: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  let page;
  try {
    page = parsePage(file.path, text, sourceFor(file.path, root, config));
  } catch (error) {
    // A parser bug on one page must not stop the rest of the knowledge from loading.
    return { sections: [], skip: `could not be parsed: ${(error as Error).message}` };
  }
  const warnings = [page.warning, text.includes('\uFFFD') ? 'invalid UTF-8 replaced' : undefined].filter(Boolean);
  const skip = page.sections.length === 0 ? ['no text', ...warnings].join('; ') : warnings.join('; ') || undefined;
  return { sections: page.sections, skip };
}
