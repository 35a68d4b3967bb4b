import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Section } from '../../src/knowledge/types.js';
import { buildSectionIndex, prepareSection, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

const config = loadProjectConfig();
let sections: Section[];
let index: SectionIndex;

beforeAll(() => {
  sections = loadKnowledge([FIXTURE_KNOWLEDGE], config).sections;
  index = buildSectionIndex(sections, config, loadSynonyms(SYNONYMS_PATH));
});

describe('buildSectionIndex', () => {
  it('indexes every section', () => {
    expect(index.minisearch.documentCount).toBe(sections.length);
    expect(index.priors).toHaveLength(sections.length);
  });

  it('counts in how many sections each term occurs', () => {
    const holding = (term: string) => sections.filter((s) => prepareSection(s, config).distinctTerms.has(term)).length;
    expect(index.documentFrequency.get('revert')).toBe(holding('revert'));
    expect(index.documentFrequency.get('revert')).toBeGreaterThan(0);
    expect(index.documentFrequency.get('ハンドブック')).toBeGreaterThan(0);
    expect(index.documentFrequency.has('the')).toBe(false);
  });

  it('gives role pages a higher prior than handbook pages, as the config says', () => {
    const prior = (path: string, heading: string) => index.priors[sections.find((s) => s.path === path && s.headings.at(-1) === heading)!.id]!;
    expect(prior('roles/developer.md', 'Responsibilities')).toBeGreaterThan(prior('handbook/paid-time-off/index.html.md', 'Paid Time Off'));
  });
});

describe('prepareSection', () => {
  it('indexes title, headings below the title and text as separate term fields', () => {
    const geo = sections.find((s) => s.headings.join(' › ') === 'Backend Engineering › Specialties › Geo › Requirements')!;
    const { document } = prepareSection(geo, config);
    expect(document.title.split(' ')).toEqual(expect.arrayContaining(['backend', 'engin']));
    expect(document.headings.split(' ')).toEqual(expect.arrayContaining(['specialti', 'geo', 'requir']));
    expect(document.headings.split(' ')).not.toContain('backend');
    expect(document.text.split(' ')).toContain('distribut');
  });

  it('indexes link text but not link targets', () => {
    const workflow = sections.find((s) => s.headings.at(-1) === 'GitLab Flow')!;
    const terms = prepareSection(workflow, config).distinctTerms;
    expect(terms.has('flow')).toBe(true);
    expect(terms.has('html')).toBe(false);
    expect(terms.has('https')).toBe(false);
  });
});
