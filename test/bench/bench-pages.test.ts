import { describe, expect, it } from 'vitest';
import { pagesFromSections } from '../../bench/bench-pages.js';
import type { Section } from '../../src/knowledge/types.js';

const section = (id: number, path: string, headings: string[], text: string): Section => ({
  id,
  source: 'GitLab handbook',
  path,
  pageTitle: headings[0]!,
  headings,
  anchor: '',
  url: `https://example.com/${path}`,
  text,
  lang: 'en',
});

describe('pagesFromSections', () => {
  it('joins each file\'s sections, with their headings, into one page in file order', () => {
    const pages = pagesFromSections([
      section(0, 'b.md', ['PTO'], 'Take time off.'),
      section(1, 'b.md', ['PTO', 'Notice'], 'Give two weeks.'),
      section(2, 'a.md', ['On-call'], 'Be reachable.'),
    ]);
    expect(pages).toEqual([
      { id: 0, path: 'b.md', title: 'PTO', text: 'Take time off.\n\nNotice\nGive two weeks.\n\n' },
      { id: 1, path: 'a.md', title: 'On-call', text: 'Be reachable.\n\n' },
    ]);
  });
});
