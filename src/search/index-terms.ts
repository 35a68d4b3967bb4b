import { toPlainText } from '../knowledge/render-inline.js';
import type { Section } from '../knowledge/types.js';
import { normalizeTerms } from './normalize-term.js';
import { tokenize } from './tokenize.js';

/** The searchable fields of a section, already reduced to index terms. */
export interface SectionTerms {
  title: string[];
  headings: string[];
  text: string[];
}

export const FIELDS = ['title', 'headings', 'text'] as const;

export function sectionTerms(section: Section): SectionTerms {
  return {
    title: normalizeTerms(tokenize(section.pageTitle)),
    headings: normalizeTerms(tokenize(section.headings.slice(1).join(' '))),
    text: normalizeTerms(tokenize(toPlainText(section.text))),
  };
}
