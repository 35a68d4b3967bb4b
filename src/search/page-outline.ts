import type { Section } from '../knowledge/types.js';
import { sectionsByPage } from '../knowledge/sections-by-page.js';
import { textTerms } from './normalize-term.js';

export interface PageOutline {
  /** The terms of the page title. */
  title: ReadonlySet<string>;
  /** The terms of the title and of every heading of the top two levels: what the page is about, by its own account. */
  outline: ReadonlySet<string>;
}

interface Outlines {
  sectionsByPath: Map<string, Section[]>;
  read: Map<string, PageOutline>;
}

const outlinesOf = new WeakMap<readonly Section[], Outlines>();

/**
 * The terms of a heading beyond its page's title: every section of *Frontend Engineer Roles* is about
 * frontend engineers, so what tells its sections apart is the rest.
 */
export function beyondTitle(terms: Iterable<string>, title: ReadonlySet<string>): Set<string> {
  return new Set([...terms].filter((term) => !title.has(term)));
}

/**
 * A page's outline, read on first use and kept: questions meet a few hundred pages' outlines, and
 * reading all 2,900 up front took a quarter of a second.
 */
export function pageOutline(sections: readonly Section[], path: string): PageOutline | undefined {
  let outlines = outlinesOf.get(sections);
  if (!outlines) outlinesOf.set(sections, (outlines = { sectionsByPath: sectionsByPage(sections), read: new Map() }));
  let outline = outlines.read.get(path);
  if (!outline) {
    const page = outlines.sectionsByPath.get(path);
    if (!page) return undefined;
    outline = outlineOf(page);
    outlines.read.set(path, outline);
  }
  return outline;
}

function outlineOf(page: readonly Section[]): PageOutline {
  const title = new Set(textTerms(page[0]!.pageTitle));
  const outline = new Set(title);
  // Every section repeats its page's title and top heading: each distinct heading is read once.
  const headings = new Set(page.flatMap((section) => section.headings.slice(0, 2)));
  headings.delete(page[0]!.pageTitle);
  for (const heading of headings) for (const term of textTerms(heading)) outline.add(term);
  return { title, outline };
}
