import { toPlainText } from '../knowledge/render-inline.js';
import type { Section } from '../knowledge/types.js';
import { normalizeTerms } from './normalize-term.js';
import { tokenize } from './tokenize.js';

/**
 * The searchable fields of a section. Headings are one field, the section's own and its
 * ancestors' together: splitting them was measured on the dev eval set and ranked worse.
 */
export const FIELDS = ['title', 'headings', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** A section's fields reduced to index terms. */
export type SectionTerms = Record<Field, string[]>;

const terms = (text: string) => normalizeTerms(tokenize(text));

export function sectionTerms(section: Section): SectionTerms {
  return {
    title: terms(section.pageTitle),
    headings: terms(section.headings.slice(1).join(' ')),
    text: terms(toPlainText(section.text)),
  };
}
