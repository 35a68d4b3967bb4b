import type { Section } from '../knowledge/types.js';
import { toPlainText } from '../knowledge/render-inline.js';
import { PASSAGE_CHARS, termsIn } from './extract-passage.js';

/** A parent section with this much text of its own or less introduces its subsections rather than saying anything. */
const INTRODUCES_ONLY = 200;
/** Fewer subsections than this are read, not listed. */
const LISTED_AT_LEAST = 3;
export interface SectionOutline {
  section: Section;
  /** Its direct subsections, in page order: each heading, and where it starts. */
  children: OutlineEntry[];
}

export interface OutlineEntry {
  heading: string;
  /**
   * The subsection's URL, or its first own subsection's where the heading has no text of its own
   * (*Intermediate Backend Engineer* going straight to its *Job Grade*), which is not a section.
   */
  url: string;
}

type Relevance = (terms: ReadonlySet<string>) => number;

/**
 * The section to answer with a list of its subsections instead of the section found: "what levels
 * are there for backend engineers?" finds *Levels › Senior Backend Engineer › Responsibilities*,
 * whose own headings add nothing the question asks, under *Levels*, which only introduces its
 * subsections. The deepest ancestor of `found` whose headings (with the page title) say as much of
 * the question as `found`'s do, that has next to no text of its own and at least three subsections,
 * when those headings say all of the question. Undefined where none is: the section
 * found then answers. A heading with no text at all under it is not a section (`parsePage`), so a
 * *Specialties* that goes straight to its first specialty has no outline to give.
 */
export function outlineToQuote(sections: readonly Section[], found: Section, relevance: Relevance, vocabulary: ReadonlySet<string>): SectionOutline | undefined {
  const said = relevance(headingTerms(found, found.headings.length, vocabulary));
  // All of it: "what are the frontend engineer levels?", not "is principal engineer basically a manager
  // role?", whose *Principal Engineer* also introduces three subsections, the answer being in one. Of the
  // 664 tuning questions, 9 were answered with an outline without this condition, losing 2 expected
  // phrases; 1 (that one) when the headings had to say 0.6 to 0.8 of the question; none at 0.9 or all.
  if (said === 0 || said < relevance(vocabulary)) return undefined;
  for (let depth = found.headings.length - 1; depth >= 2; depth--) {
    if (relevance(headingTerms(found, depth, vocabulary)) < said) return undefined;
    const ancestor = findAncestor(sections, found, depth);
    if (!ancestor || ancestor.text.length > INTRODUCES_ONLY) continue;
    const children = childrenOf(sections, ancestor);
    if (children.length >= LISTED_AT_LEAST) return { section: ancestor, children };
  }
  return undefined;
}

/** The index terms of the page title and the first `depth` headings of the section's path. */
function headingTerms(section: Section, depth: number, vocabulary: ReadonlySet<string>): Set<string> {
  return termsIn([section.pageTitle, ...section.headings.slice(0, depth)].join(' '), vocabulary);
}

/** A page's sections are consecutive, in page order: the ancestor is the nearest earlier one with the shorter path. */
function findAncestor(sections: readonly Section[], section: Section, depth: number): Section | undefined {
  for (let id = section.id - 1; id >= 0; id--) {
    const candidate = sections[id]!;
    if (candidate.path !== section.path) return undefined;
    if (candidate.headings.length === depth && candidate.headings.every((heading, i) => heading === section.headings[i])) return candidate;
  }
  return undefined;
}

function childrenOf(sections: readonly Section[], parent: Section): OutlineEntry[] {
  const depth = parent.headings.length;
  const children: OutlineEntry[] = [];
  for (let id = parent.id + 1; id < sections.length; id++) {
    const section = sections[id]!;
    if (section.path !== parent.path || section.headings.length <= depth) break;
    // The sections after a parent are its descendants until the page's headings rise to its level again.
    if (section.headings.slice(0, depth).some((heading, i) => heading !== parent.headings[i])) break;
    const heading = section.headings[depth]!;
    if (children.at(-1)?.heading !== heading) children.push({ heading, url: section.url });
  }
  return children;
}

/**
 * The outline as an answer: the section's own words, if any, then one line per subsection, linked, as
 * many as a quote's length (`PASSAGE_CHARS`, counting what a reader sees) holds, then "…" if some are left.
 */
export function formatOutline({ section, children }: SectionOutline): string {
  const lines = section.text.trim() ? [section.text.trim()] : [];
  let shown = toPlainText(section.text).length;
  for (const [i, { heading, url }] of children.entries()) {
    // A bracket in a heading would end the link's text early.
    const name = heading.replace(/[[\]]/g, '');
    shown += name.length + 3;
    if (shown > PASSAGE_CHARS && i >= LISTED_AT_LEAST) {
      lines.push('…');
      break;
    }
    lines.push(`- [${name}](${url})`);
  }
  return lines.join('\n');
}
