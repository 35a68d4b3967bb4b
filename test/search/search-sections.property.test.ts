import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { searchSections } from '../../src/search/search-sections.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { hostileQuestion } from '../fixtures/hostile/hostile-markdown.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

let index: SectionIndex;

beforeAll(() => {
  const config = loadProjectConfig();
  index = buildSectionIndex(loadKnowledge([FIXTURE_KNOWLEDGE], config).sections, config, loadSynonyms(SYNONYMS_PATH));
});

describe('searchSections on arbitrary questions', () => {
  it('ranks distinct pages best first, at least as high as their best section, each hit of its own page with coverage in 0..1 and a finite score', () => {
    fc.assert(
      fc.property(hostileQuestion, fc.option(hostileQuestion, { nil: undefined }), (question, context) => {
        const { pages } = searchSections(index, question, context);
        expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
        pages.forEach((page, i) => {
          if (i > 0) expect(page.score).toBeLessThanOrEqual(pages[i - 1]!.score);
          expect(page.hits.length).toBeGreaterThan(0);
          // The page's rank is its best section's score, raised by what its other sections mention.
          expect(page.score).toBeGreaterThanOrEqual(page.hits[0]!.score);
          for (const hit of page.hits) {
            expect(hit.section.path).toBe(page.path);
            expect(Number.isFinite(hit.score) && hit.score >= 0).toBe(true);
            expect(hit.coverage).toBeGreaterThanOrEqual(0);
            expect(hit.coverage).toBeLessThanOrEqual(1);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('treats search-engine syntax as text rather than failing on it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('merge', 'AND', 'OR', 'NOT', '*', '~', '^2', '(', ')', '"', ':', '-', '+', 'review'), { maxLength: 12 }), (parts) => {
        expect(() => searchSections(index, parts.join(''))).not.toThrow();
        expect(() => searchSections(index, parts.join(' '))).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
