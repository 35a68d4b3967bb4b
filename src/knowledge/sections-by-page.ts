import type { Section } from './types.js';

/** The sections of each page (by path), in the order given. */
export function sectionsByPage(sections: readonly Section[]): Map<string, Section[]> {
  const pages = new Map<string, Section[]>();
  for (const section of sections) {
    const page = pages.get(section.path);
    if (page) page.push(section);
    else pages.set(section.path, [section]);
  }
  return pages;
}
