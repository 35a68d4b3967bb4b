import { toPlainText } from '../knowledge/render-inline.js';
import { sectionsByPage } from '../knowledge/sections-by-page.js';
import type { Section } from '../knowledge/types.js';
import { containsPhrase, pathMatches, squashPhrase, type EvalCase } from './eval-set.js';

/** How many of a page's headings a problem lists, so that a writer can pick the right one. */
const HEADINGS_LISTED = 40;

/**
 * What is wrong with an eval set as the bot reads the knowledge, one line per problem: a repeated id,
 * an empty question, an answerable question without its section or phrase (or an unanswerable one
 * with them), an expected path no indexed page matches, a section heading the page lacks (the page
 * title stands for its opening text), and a phrase not verbatim in that section's text as the bot
 * quotes it. Written for new eval files: a phrase that crosses a link or bold text, or a heading typed
 * from memory, would count every answer a miss. Says nothing of what the bot answers.
 */
export function checkEvalSet(cases: readonly EvalCase[], sections: readonly Section[]): string[] {
  const pages = sectionsByPage(sections);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const evalCase of cases) {
    const problem = (message: string) => problems.push(`${evalCase.id}: ${message}`);
    if (seen.has(evalCase.id)) problem('the id is used before');
    seen.add(evalCase.id);
    if (!evalCase.q.trim()) problem('the question is empty');
    if (evalCase.expect.length === 0) {
      if (evalCase.section || evalCase.phrase) problem('an unanswerable question (no "expect") has a "section" or "phrase"');
      continue;
    }
    if (!evalCase.section || !evalCase.phrase) {
      problem('an answerable question needs a "section" and a "phrase"');
      continue;
    }
    for (const expected of evalCase.expect) for (const message of checkExpected(expected, evalCase.section, evalCase.phrase, pages)) problem(message);
  }
  return problems;
}

function checkExpected(expected: string, heading: string, phrase: string, pages: ReadonlyMap<string, Section[]>): string[] {
  const path = [...pages.keys()].find((indexed) => pathMatches(expected, indexed));
  if (!path) return [`no indexed page matches ${expected}`];
  const page = pages.get(path)!;
  const named = page.filter((section) => squashPhrase(section.headings.at(-1) ?? '') === squashPhrase(heading));
  if (named.length === 0) {
    const headings = [...new Set(page.map((section) => section.headings.at(-1)))].slice(0, HEADINGS_LISTED);
    return [`${expected} has no section headed "${heading}" (its headings: ${headings.join(' | ')})`];
  }
  if (!named.some((section) => containsPhrase(section.text, phrase) && containsPhrase(toPlainText(section.text), phrase))) {
    return [`the phrase "${phrase}" is not verbatim in "${heading}" as the bot reads it (a link, bold or code inside it, or two list items, break it)`];
  }
  return [];
}
