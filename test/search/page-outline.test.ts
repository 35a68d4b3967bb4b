import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Section } from '../../src/knowledge/types.js';
import { pageOutline } from '../../src/search/page-outline.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig } from '../knowledge/fixture-paths.js';

let sections: Section[];

beforeAll(() => {
  sections = loadKnowledge([FIXTURE_KNOWLEDGE], loadProjectConfig()).sections;
});

const PTO = 'handbook/paid-time-off/index.html.md';

describe('pageOutline', () => {
  it('holds the terms of the page title, as the index has them', () => {
    expect([...pageOutline(sections, PTO)!.title].sort()).toEqual(['gitlab', 'paid', 'time']);
  });

  it('adds the headings of the top level below the title, but not deeper ones', () => {
    const { outline } = pageOutline(sections, PTO)!;
    expect(outline).toContain('introduct');
    expect(outline).toContain('paid');
    expect(sections.some((section) => section.path === PTO && section.headings.at(-1) === 'Holidays')).toBe(true);
    expect(outline).not.toContain('holidai');
  });

  it('knows only the pages of its sections', () => {
    expect(pageOutline(sections, 'handbook/nowhere.md')).toBeUndefined();
  });

  it('reads a page once and hands back the same outline after', () => {
    expect(pageOutline(sections, PTO)).toBe(pageOutline(sections, PTO));
  });
});
