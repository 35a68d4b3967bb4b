import { toPlainText } from '../knowledge/render-inline.js';
import type { Section } from '../knowledge/types.js';
import { textTerms } from './normalize-term.js';

/**
 * The searchable fields of a section. Headings are one field, the section's own and its
 * ancestors' together: splitting them was measured on the dev eval set and ranked worse.
 */
export const FIELDS = ['title', 'headings', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** A section's fields reduced to index terms. */
export type SectionTerms = Record<Field, string[]>;

/** The text each field is tokenized from: one definition for every indexing path. */
export function sectionFieldTexts(section: Section): Record<Field, string> {
  return {
    title: section.pageTitle,
    headings: section.headings.slice(1).join(' '),
    text: toPlainText(section.text),
  };
}

export function sectionTerms(section: Section): SectionTerms {
  const texts = sectionFieldTexts(section);
  return {
    title: textTerms(texts.title),
    headings: textTerms(texts.headings),
    text: textTerms(texts.text),
  };
}
