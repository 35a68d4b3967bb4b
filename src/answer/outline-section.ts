import type { Section } from '../knowledge/types.js';
import { toPlainText } from '../knowledge/render-inline.js';
import { PASSAGE_CHARS, termsIn, type Relevance } from './extract-passage.js';

/** A parent section with this much text of its own or less introduces its subsections rather than saying anything. */
const INTRODUCES_ONLY = 200;
/** Fewer subsections than this are read, not listed. */
const LISTED_AT_LEAST = 3;

export interface SectionOutline {
  /**
   * The heading listed: a section, or a heading with no text under it before its first subsection, which
   * is no section (`parsePage`), linked where its first subsection starts, just below it.
   */
  heading: ListedHeading;
  /** Its direct subsections, in page order: each heading, and where it starts. */
  children: OutlineEntry[];
}

export type ListedHeading = Pick<Section, 'headings' | 'text' | 'url'>;

export interface OutlineEntry {
  heading: string;
  /**
   * The subsection's URL, or its first own subsection's where the heading has no text of its own
   * (*Intermediate Backend Engineer* going straight to its *Job Grade*), which is not a section.
   */
  url: string;
}

/**
 * The section to answer with a list of its subsections instead of the section found: "what levels
 * are there for backend engineers?" finds *Levels › Senior Backend Engineer › Responsibilities*,
 * whose own headings add nothing the question asks, under *Levels*, which only introduces its
 * subsections. `found` itself or the deepest heading above it whose headings (the page title first)
 * say as much of the question as `found`'s do, that has next to no text of its own and at least three
 * subsections, when those headings say all of the question and its own heading some of it. Undefined
 * where none is: the section found then answers.
 */
export function outlineToQuote(sections: readonly Section[], found: Section, relevance: Relevance, vocabulary: ReadonlySet<string>): SectionOutline | undefined {
  const said = relevance(headingTerms(found, found.headings.length, vocabulary));
  // All of it: "what are the frontend engineer levels?", not "is principal engineer basically a manager
  // role?", whose *Principal Engineer* also introduces three subsections, the answer being in one. Of the
  // 664 tuning questions, none is answered with an outline; 16 were without this condition (5 expected
  // phrases lost), 1 without the next (1 lost), 37 without either (16 lost).
  if (said === 0 || said < relevance(vocabulary)) return undefined;
  let saidHere = said;
  for (let depth = found.headings.length; depth >= 2; depth--) {
    const saidAbove = relevance(headingTerms(found, depth - 1, vocabulary));
    if (saidHere < said) return undefined;
    // The list's own heading names what the question asks for (*Levels*, *Specialties*): "slack down,
    // what do we use?" is not asking for the subsections of *緊急時のチャット* under *Slack*.
    const namesIt = saidAbove < saidHere;
    saidHere = saidAbove;
    if (!namesIt) continue;
    const listed = depth === found.headings.length ? headingWithSubsections(sections, found) : headingAbove(sections, found, depth);
    if (!listed || listed.heading.text.length > INTRODUCES_ONLY) continue;
    const children = childrenFrom(sections, listed.first, depth);
    if (children.length >= LISTED_AT_LEAST) return { heading: listed.heading, children };
  }
  return undefined;
}

/** The section found itself, when subsections follow it. */
function headingWithSubsections(sections: readonly Section[], found: Section): { heading: ListedHeading; first: Section } | undefined {
  const next = sections[found.id + 1];
  return next && isUnder(next, found, found.headings.length) && next.headings.length > found.headings.length ? { heading: found, first: next } : undefined;
}

/** The heading `depth` headings deep above `found`, and the first section below it. */
function headingAbove(sections: readonly Section[], found: Section, depth: number): { heading: ListedHeading; first: Section } {
  const first = firstUnder(sections, found, depth);
  const heading = sectionAt(sections, first.id - 1, found, depth) ?? { headings: first.headings.slice(0, depth), text: '', url: first.url };
  return { heading, first };
}

/** The index terms of the first `depth` headings of the section's path, the page title first. */
function headingTerms(section: Section, depth: number, vocabulary: ReadonlySet<string>): Set<string> {
  return termsIn(section.headings.slice(0, depth).join(' '), vocabulary);
}

/** Whether `section` is on the page of `of` and below (or at, with `depth` headings) its first `depth` headings. */
function isUnder(section: Section, of: Section, depth: number): boolean {
  return section.path === of.path && section.headings.length >= depth && of.headings.slice(0, depth).every((heading, i) => heading === section.headings[i]);
}

/** A page's sections are consecutive, in page order: the first below a heading starts the run that `found` is in. */
function firstUnder(sections: readonly Section[], found: Section, depth: number): Section {
  let first = found;
  for (let id = found.id - 1; id >= 0; id--) {
    const section = sections[id]!;
    if (!isUnder(section, found, depth) || section.headings.length === depth) break;
    first = section;
  }
  return first;
}

/** The section at `id` if it is the heading itself, `depth` headings deep above `found`. */
function sectionAt(sections: readonly Section[], id: number, found: Section, depth: number): Section | undefined {
  const section = sections[id];
  return section && isUnder(section, found, depth) && section.headings.length === depth ? section : undefined;
}

function childrenFrom(sections: readonly Section[], first: Section, depth: number): OutlineEntry[] {
  const children: OutlineEntry[] = [];
  for (let id = first.id; id < sections.length; id++) {
    const section = sections[id]!;
    if (!isUnder(section, first, depth) || section.headings.length === depth) break;
    const heading = section.headings[depth]!;
    if (children.at(-1)?.heading !== heading) children.push({ heading, url: section.url });
  }
  return children;
}

/**
 * The outline as an answer: the section's own words, if any, then one line per subsection, linked, as
 * many as a quote's length (`PASSAGE_CHARS`, counting what a reader sees) holds, then "…" if some are left.
 */
export function formatOutline({ heading, children }: SectionOutline): string {
  const lines = heading.text.trim() ? [heading.text.trim()] : [];
  let shown = toPlainText(heading.text).length;
  for (const [i, child] of children.entries()) {
    // A bracket in a heading would end the link's text early.
    const name = child.heading.replace(/[[\]]/g, '');
    shown += name.length + 3;
    if (shown > PASSAGE_CHARS && i >= LISTED_AT_LEAST) {
      lines.push('…');
      break;
    }
    lines.push(`- [${name}](${child.url})`);
  }
  return lines.join('\n');
}
