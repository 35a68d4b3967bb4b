import type { Section } from '../src/knowledge/types.js';

/** A whole handbook page: what the plain baselines index, one document per file. */
export interface BenchPage {
  id: number;
  path: string;
  title: string;
  text: string;
}

/** Joins each file's sections (headings and text, in order) back into one document per page. */
export function pagesFromSections(sections: readonly Section[]): BenchPage[] {
  const pages = new Map<string, BenchPage>();
  for (const section of sections) {
    let page = pages.get(section.path);
    if (!page) pages.set(section.path, (page = { id: pages.size, path: section.path, title: section.pageTitle, text: '' }));
    const heading = section.headings.length > 1 ? `${section.headings.at(-1)}\n` : '';
    page.text += `${heading}${section.text}\n\n`;
  }
  return [...pages.values()];
}
