import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/answer/create-assistant.js';
import { PASSAGE_CHARS } from '../../src/answer/extract-passage.js';
import { formatOutline, outlineToQuote } from '../../src/answer/outline-section.js';

const LISTED = 3;
import type { Section } from '../../src/knowledge/types.js';
import { CONFIG_PATH, FIXTURE_KNOWLEDGE } from '../knowledge/fixture-paths.js';

let assistant: LoadedAssistant;

beforeAll(async () => {
  assistant = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: CONFIG_PATH, cachePath: false });
});

const BACKEND = 'https://about.gitlab.com/job-families/engineering/backend-engineer/';

describe('answering with an outline', () => {
  it('answers "what levels are there?" with the Levels section\'s own words and a linked line per level', () => {
    const answer = assistant.answer('what levels are there for backend engineers?');
    expect(answer.sources[0]).toMatchObject({ section: 'Levels', url: `${BACKEND}#levels` });
    expect(answer.answer.split('\n')).toEqual([
      `Read more about [levels](https://about.gitlab.com/handbook/hiring/vacancies/#definitions) at GitLab here.`,
      `- [Junior Backend Engineer](${BACKEND}#junior-backend-engineer)`,
      // A heading with no text of its own links to where its first subsection starts.
      `- [Intermediate Backend Engineer](${BACKEND}#job-grade)`,
      `- [Senior Backend Engineer](${BACKEND}#senior-backend-engineer)`,
    ]);
  });

  it('quotes the section found when its own headings say what the question asks beyond its parent\'s', () => {
    const answer = assistant.answer('intermediate backend engineer job grade');
    expect(answer.sources[0]!.section).toBe('Levels › Intermediate Backend Engineer › Job Grade');
    expect(answer.answer).toContain('grade 6');
  });
});

describe('outlineToQuote', () => {
  const page = (headings: string[], text: string, id: number): Section => ({
    id, source: 'Test', path: 'p.md', pageTitle: 'Roles', headings: ['Roles', ...headings], anchor: '', url: `u#${id}`, text, lang: 'en',
  });
  // Every term a heading of this page says: "levels" and "roles" count as the question's, the rest as nothing.
  const relevance = (terms: ReadonlySet<string>) => (terms.has('level') ? 1 : 0) + (terms.has('role') ? 1 : 0);
  const vocabulary = new Set(['level', 'role']);

  it('lists the subsections of a parent that only introduces them, at least three', () => {
    const sections = [page(['Levels'], 'Levels below.', 0), page(['Levels', 'Junior'], 'j', 1), page(['Levels', 'Senior'], 's', 2), page(['Levels', 'Staff'], 't', 3)];
    const outline = outlineToQuote(sections, sections[2]!, relevance, vocabulary);
    expect(outline?.heading).toBe(sections[0]);
    expect(formatOutline(outline!)).toBe('Levels below.\n- [Junior](u#1)\n- [Senior](u#2)\n- [Staff](u#3)');
  });

  it('lists as many subsections as a quote holds, then "…"', () => {
    const many = Array.from({ length: 40 }, (_, i) => page(['Levels', `Level number ${i}`], 'x', i + 1));
    const text = formatOutline({ heading: page(['Levels'], '', 0), children: many.map((section) => ({ heading: section.headings.at(-1)!, url: section.url })) });
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('…');
    expect(lines.length).toBeGreaterThan(LISTED);
    expect(lines.length).toBeLessThan(40);
    expect(lines.slice(0, -1).join('').replace(/\]\([^)]*\)/g, '').length).toBeLessThanOrEqual(PASSAGE_CHARS);
  });

  it('reads, rather than lists, a parent with text of its own or with two subsections', () => {
    const long = [page(['Levels'], 'x'.repeat(201), 0), page(['Levels', 'Junior'], 'j', 1), page(['Levels', 'Senior'], 's', 2), page(['Levels', 'Staff'], 't', 3)];
    expect(outlineToQuote(long, long[1]!, relevance, vocabulary)).toBeUndefined();
    const two = [page(['Levels'], 'Levels below.', 0), page(['Levels', 'Junior'], 'j', 1), page(['Levels', 'Senior'], 's', 2), page(['Other'], 'o', 3)];
    expect(outlineToQuote(two, two[1]!, relevance, vocabulary)).toBeUndefined();
  });

  it('lists the subsections of a heading with no text of its own, which is no section, linked where they start', () => {
    const sections = [page(['Hiring'], 'h', 0), page(['Levels', 'Junior'], 'j', 1), page(['Levels', 'Senior'], 's', 2), page(['Levels', 'Staff'], 't', 3), page(['Other'], 'o', 4)];
    const outline = outlineToQuote(sections, sections[3]!, relevance, vocabulary);
    expect(outline?.heading).toEqual({ headings: ['Roles', 'Levels'], text: '', url: 'u#1' });
    expect(formatOutline(outline!)).toBe('- [Junior](u#1)\n- [Senior](u#2)\n- [Staff](u#3)');
  });

  it('lists the subsections of the section found itself when it only introduces them', () => {
    const sections = [page(['Levels'], 'Levels below.', 0), page(['Levels', 'Junior'], 'j', 1), page(['Levels', 'Senior'], 's', 2), page(['Levels', 'Staff'], 't', 3)];
    expect(outlineToQuote(sections, sections[0]!, relevance, vocabulary)?.heading).toBe(sections[0]);
  });

  it('lists nothing under a heading that names nothing the question asks, even when the headings above say it all', () => {
    const sections = [page(['Levels', 'Emergencies', 'A'], 'a', 0), page(['Levels', 'Emergencies', 'B'], 'b', 1), page(['Levels', 'Emergencies', 'C'], 'c', 2)];
    expect(outlineToQuote(sections, sections[1]!, relevance, vocabulary)).toBeUndefined();
  });

  it('lists nothing when the headings say too little of the question', () => {
    const sections = [page(['Levels'], 'Levels below.', 0), page(['Levels', 'Junior'], 'j', 1), page(['Levels', 'Senior'], 's', 2), page(['Levels', 'Staff'], 't', 3)];
    const asksMore = (terms: ReadonlySet<string>) => relevance(terms) + (terms.has('oncal') ? 3 : 0);
    expect(outlineToQuote(sections, sections[1]!, asksMore, new Set([...vocabulary, 'oncal']))).toBeUndefined();
  });
});
