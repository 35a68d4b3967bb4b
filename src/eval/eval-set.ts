import { readFileSync } from 'node:fs';

/** One line of an eval file (format: ../shared/eval/README.md). */
export interface EvalCase {
  id: string;
  q: string;
  /** Files that answer it, relative to the eval's shared/ folder; empty when the right response is to decline. */
  expect: string[];
  section?: string;
  phrase?: string;
  topic?: string;
}

export class EvalFileError extends Error {
  constructor(path: string, problem: string) {
    super(`Onboard: eval file ${path}: ${problem}`);
    this.name = 'EvalFileError';
  }
}

export function readEvalSet(path: string): EvalCase[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EvalFileError(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message);
  }
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new EvalFileError(path, `line ${number} is not JSON`);
      }
      const entry = value as Partial<EvalCase>;
      if (typeof entry.q !== 'string' || !Array.isArray(entry.expect)) throw new EvalFileError(path, `line ${number} needs "q" and "expect"`);
      return { id: String(entry.id ?? number), q: entry.q, expect: entry.expect.map(String), section: entry.section, phrase: entry.phrase, topic: entry.topic };
    });
}

/** The eval README's rule: a reported path matches when the expected path equals it or ends with `/` + it. */
export function pathMatches(expected: string, reported: string): boolean {
  return expected === reported || expected.endsWith(`/${reported}`);
}

/** Phrase matching ignores case and collapses white space. */
export function containsPhrase(text: string, phrase: string): boolean {
  return squashPhrase(text).includes(squashPhrase(phrase));
}

/** Text as phrases are compared: lower case, runs of white space as one space, trimmed. */
export function squashPhrase(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
