import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/answer/create-assistant.js';
import { toPlainText } from '../../src/knowledge/render-inline.js';
import type { Answer } from '../../src/answer/types.js';
import { hostileQuestion } from '../fixtures/hostile/hostile-markdown.js';
import { CONFIG_PATH, FIXTURE_KNOWLEDGE } from '../knowledge/fixture-paths.js';

let assistant: LoadedAssistant;
let sectionTexts: string[];
/** Words of the fixture pages, so questions reach the confident path far more often than random strings do. */
let handbookWords: string[];

beforeAll(async () => {
  assistant = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: CONFIG_PATH, cachePath: false });
  sectionTexts = assistant.knowledge.sections.map((section) => section.text);
  handbookWords = [...new Set(sectionTexts.join(' ').split(/\s+/).filter((word) => /^[A-Za-z][a-z-]{3,}$/.test(word)))];
});

const questionFrom = (words: string[]) => `How do I ${words.join(' ')}?`;
const handbookQuestion = () => fc.array(fc.constantFrom(...handbookWords), { minLength: 1, maxLength: 6 });

/** Passages may open with "…" and close with "…" or " …" where a paragraph or sentence was cut; the rest is quoted. */
const stripEllipses = (line: string) => line.replace(/^…/, '').replace(/\s?…$/, '');

/** Add `expectShort` here once the extract-passage lead-in bug is fixed (see the it.fails below). */
function expectWellFormed(answer: Answer): void {
  expect(['high', 'low', 'none']).toContain(answer.confidence);
  expect(typeof answer.answer).toBe('string');
  expect(answer.sources.length).toBeLessThanOrEqual(5);
  for (const source of answer.sources) {
    expect(source.url).toMatch(/^https?:\/\//);
    expect(Number.isFinite(source.score)).toBe(true);
  }
  // A second passage is quoted from the second source, and never under a decline.
  if (answer.secondPassage !== undefined) {
    expect(answer.confidence).not.toBe('none');
    expect(answer.sources.length).toBeGreaterThanOrEqual(2);
  }
}

/** A passage is about 600 characters, 1,000 with a second run and its ellipses; declines and usage messages are shorter. */
function expectShort(answer: Answer): void {
  expect(toPlainText(answer.answer).length).toBeLessThanOrEqual(1_010);
  expect(answer.answer.length).toBeLessThanOrEqual(3 * 1_010);
}

/** Every line of a quoted answer is part of some section's text or names a subsection, and a second passage of its source's: nothing invented. */
function expectExtractive(answer: Answer): void {
  if (answer.confidence === 'none') return;
  expect(answer.answer.trim()).not.toBe('');
  for (const quoted of quotedLines(answer.answer)) {
    expect(sectionTexts.some((text) => text.includes(quoted)) || isOutlineLine(quoted), `"${quoted}" is not in any section`).toBe(true);
  }
  if (answer.secondPassage === undefined) return;
  const second = assistant.knowledge.sections.find((section) => section.url === answer.sources[1]!.url)!;
  for (const quoted of quotedLines(answer.secondPassage)) expect(second.text, `"${quoted}" is not in the second source's section`).toContain(quoted);
}

const OUTLINE_LINE = /^- \[([^\]]*)\]\((\S+)\)$/;

/** A line of an outline (`outlineToQuote`) names a subsection as its heading reads and links to where it starts. */
function isOutlineLine(line: string): boolean {
  const [, heading, url] = OUTLINE_LINE.exec(line) ?? [];
  return assistant.knowledge.sections.some((section) => section.url === url && section.headings.some((name) => name.replace(/[[\]]/g, '') === heading));
}

function quotedLines(passage: string): string[] {
  return passage
    .split('\n')
    .filter((line) => line.trim())
    .map(stripEllipses);
}

describe('answer on arbitrary questions', () => {
  it('returns a well-formed, extractive answer for any string', () => {
    fc.assert(
      fc.property(hostileQuestion, (question) => {
        const answer = assistant.answer(question);
        expectWellFormed(answer);
        expectExtractive(answer);
      }),
      { numRuns: 200 },
    );
  });

  it('returns a well-formed, extractive answer for any follow-up in any context', () => {
    fc.assert(
      fc.property(hostileQuestion, hostileQuestion, (question, context) => {
        const answer = assistant.answer(question, { context });
        expectWellFormed(answer);
        expectExtractive(answer);
      }),
      { numRuns: 100 },
    );
  });

  it('quotes the handbook for questions built from its own words', () => {
    fc.assert(
      fc.property(handbookQuestion(), (words) => {
        const answer = assistant.answer(questionFrom(words));
        expectWellFormed(answer);
        expectExtractive(answer);
      }),
      { numRuns: 200 },
    );
  });

  // BUG (src/answer/extract-passage.ts, the list lead-in): "How do I suggest Effective once?" is answered
  // from the Support Engineer page with its lead-in "As a Support Engineer, you will:" and all ten list
  // items, 1,160 characters, because the items between the lead-in and the best (last) one are added
  // without checking they fit. See extract-passage.property.test.ts. Expected: about 600 characters.
  it('keeps answers under about 1,000 characters', () => {
    fc.assert(
      fc.property(handbookQuestion(), (words) => {
        expectShort(assistant.answer(questionFrom(words)));
      }),
      { numRuns: 200, examples: [[['suggest', 'Effective', 'once']]] },
    );
  });

  it.each([
    ['emoji only', '😀👩‍💻🎉'],
    ['right-to-left text', 'מה זה on-call? مرحبا'],
    ['40,000 characters', 'how do I get my merge request reviewed '.repeat(1_000)],
    ['minisearch syntax', 'merge AND request * ~ ( " review^2 -pto'],
    ['Slack mentions and links', '<!channel> <@U123> <http://x|y> <#C1|general>'],
    ['only stop words', 'the of and'],
    ['whitespace only', ' \n\t\u00a0 '],
  ])('answers %s with a well-formed answer', (_, question) => {
    const answer = assistant.answer(question);
    expectWellFormed(answer);
    expectShort(answer);
    expectExtractive(answer);
  });
});
