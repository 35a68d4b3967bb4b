import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { containsPhrase, pathMatches, readEvalSet } from '../../src/eval/eval-set.js';
import { FIXTURE_KNOWLEDGE } from '../knowledge/fixture-paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'onboard-eval-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe('readEvalSet', () => {
  it('reads one case a line', () => {
    const cases = readEvalSet(join(FIXTURE_KNOWLEDGE, 'eval.jsonl'));
    expect(cases.map((c) => c.id)).toEqual(['t01', 't02', 't03', 't04', 't05']);
    expect(cases[0]).toEqual({
      id: 't01',
      q: 'what are my responsibilities as a developer?',
      expect: ['knowledge/roles/developer.md'],
      section: 'Responsibilities',
      phrase: 'Develop features from proposal to polished end result',
      topic: 'role',
    });
  });

  it('numbers cases without an id by their line and skips blank lines', () => {
    const path = file('no-ids.jsonl', '\n{"q": "can I specialize?", "expect": ["seed/developer.md"]}\n\n');
    expect(readEvalSet(path)).toEqual([
      { id: '2', q: 'can I specialize?', expect: ['seed/developer.md'], section: undefined, phrase: undefined, topic: undefined },
    ]);
  });

  it('names the file and line of a broken case', () => {
    const notJson = file('not-json.jsonl', '{"q": "a", "expect": []}\n{"q": "b", "expect": [}\n');
    expect(() => readEvalSet(notJson)).toThrow(`Onboard: eval file ${notJson}: line 2 is not JSON`);
    const noExpect = file('no-expect.jsonl', '{"q": "a"}\n');
    expect(() => readEvalSet(noExpect)).toThrow(`Onboard: eval file ${noExpect}: line 1 needs "q" and "expect"`);
  });

  it('names a missing file', () => {
    expect(() => readEvalSet('/nonexistent/dev.jsonl')).toThrow('Onboard: eval file /nonexistent/dev.jsonl: file not found');
  });
});

describe('pathMatches', () => {
  it('matches a reported path equal to the expected one or ending it after a slash', () => {
    expect(pathMatches('seed/developer.md', 'seed/developer.md')).toBe(true);
    expect(pathMatches('seed/developer.md', 'developer.md')).toBe(true);
    expect(pathMatches('corpus/gitlab/handbook/on-call/index.html.md', 'gitlab/handbook/on-call/index.html.md')).toBe(true);
  });

  it('does not match a partial file name', () => {
    expect(pathMatches('seed/developer.md', 'eloper.md')).toBe(false);
    expect(pathMatches('seed/developer.md', 'seed/senior-developer.md')).toBe(false);
  });
});

describe('containsPhrase', () => {
  it('ignores case and collapses white space', () => {
    expect(containsPhrase('- From GitLab team members: `Review-response` SLO <  2\nbusiness days', 'slo < 2 business days')).toBe(true);
    expect(containsPhrase('SLO < 4 business days', 'SLO < 2 business days')).toBe(false);
  });
});
