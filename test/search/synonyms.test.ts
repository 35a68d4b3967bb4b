import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandSynonyms, loadSynonyms, parseSynonyms } from '../../src/search/synonyms.js';
import { tokenize } from '../../src/search/tokenize.js';
import { SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

const project = loadSynonyms(SYNONYMS_PATH);
const expand = (question: string) => expandSynonyms(tokenize(question, { keepCase: true }), project);
const scratch = mkdtempSync(join(tmpdir(), 'onboard-synonyms-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('parseSynonyms', () => {
  it('splits phrases into words and marks capitals-only entries as exact-case', () => {
    expect(parseSynonyms({ groups: [['SET', 'software engineer in test'], ['mr', 'Merge Request']] })).toEqual([
      [
        { tokens: ['SET'], exactCase: true },
        { tokens: ['software', 'engineer', 'in', 'test'], exactCase: false },
      ],
      [
        { tokens: ['mr'], exactCase: false },
        { tokens: ['merge', 'request'], exactCase: false },
      ],
    ]);
  });

  it('drops phrases without words', () => {
    expect(parseSynonyms({ groups: [['1:1', '—', 'one on one']] })[0]!.map((phrase) => phrase.tokens)).toEqual([['1', '1'], ['one', 'on', 'one']]);
  });

  it('rejects anything but groups of strings', () => {
    const message = 'Onboard: synonyms file <inline>: expected { "groups": [["word", "a phrase"], ...] }';
    expect(() => parseSynonyms({ groups: [['mr', 3]] })).toThrow(message);
    expect(() => parseSynonyms(null)).toThrow(message);
    expect(() => parseSynonyms([['mr', 'merge request']])).toThrow(message);
  });
});

describe('loadSynonyms', () => {
  it('reads the project list', () => {
    expect(project.length).toBeGreaterThan(10);
  });

  it('names the file when it is missing or broken', () => {
    expect(() => loadSynonyms('/nonexistent/synonyms.json')).toThrow('Onboard: synonyms file /nonexistent/synonyms.json: file not found');
    const path = join(scratch, 'synonyms.json');
    writeFileSync(path, '{"groups": [["mr"]]');
    expect(() => loadSynonyms(path)).toThrow(new RegExp(`^Onboard: synonyms file ${path}: .*JSON`));
  });
});

describe('expandSynonyms', () => {
  it('expands MR to merge request, whatever its case', () => {
    expect(expand('how do I close an MR?')).toEqual([{ from: ['mr'], to: ['merge', 'request'], saidInWords: true }]);
    expect(expand('how do i close an mr')).toEqual([{ from: ['mr'], to: ['merge', 'request'], saidInWords: true }]);
  });

  it('expands a phrase to its abbreviation and the other phrases of its group', () => {
    expect(expand('how much vacation do I get')).toEqual(
      expect.arrayContaining([
        { from: ['vacation'], to: ['pto'], saidInWords: true },
        { from: ['vacation'], to: ['paid', 'time', 'off'], saidInWords: true },
      ]),
    );
  });

  it('lets a capitals-only entry fire only on capitals: SET, not "set up"', () => {
    expect(expand('what does a SET do')).toEqual([{ from: ['set'], to: ['software', 'engineer', 'in', 'test'], saidInWords: false }]);
    expect(expand('how do I set up the gdk')).toEqual([{ from: ['gdk'], to: ['gitlab', 'development', 'kit'], saidInWords: true }]);
    expect(expand('Set up my laptop').every((e) => e.from.join(' ') === 'laptop')).toBe(true);
  });

  const mergeRequest = parseSynonyms({ groups: [['mr', 'merge request']] });

  it('does not add a phrase the question already has', () => {
    expect(expandSynonyms(tokenize('revert a merge request (MR)'), mergeRequest)).toEqual([]);
  });

  it('matches multi-word phrases only in order', () => {
    expect(expandSynonyms(tokenize('request a merge'), mergeRequest)).toEqual([]);
    expect(expandSynonyms(tokenize('merge request'), mergeRequest)).toEqual([{ from: ['merge', 'request'], to: ['mr'], saidInWords: true }]);
  });

  it('reads the longest phrase a word is part of: "on call" is on-call, not a meeting', () => {
    const groups = parseSynonyms({ groups: [['on-call', 'oncall'], ['meeting', 'call', 'zoom']] });
    expect(expandSynonyms(tokenize('who is on call?'), groups)).toEqual([{ from: ['on', 'call'], to: ['oncall'], saidInWords: true }]);
    expect(expandSynonyms(tokenize('can we call?'), groups).map(({ to }) => to.join(' '))).toEqual(['meeting', 'zoom']);
    // Both readings where the word stands both inside and outside the longer phrase.
    expect(expandSynonyms(tokenize('on call, call me'), groups).map(({ to }) => to.join(' '))).toEqual(['oncall', 'meeting', 'zoom']);
  });

  it('pairs English with the Japanese of the handbook pages written in Japanese', () => {
    expect(expand('any feedback?')).toEqual(expect.arrayContaining([{ from: ['feedback'], to: ['フィードバック'], saidInWords: true }]));
    expect(expand('negative feedback?')).toEqual(expect.arrayContaining([{ from: ['negative', 'feedback'], to: ['ネガティブ', 'フィードバック'], saidInWords: true }]));
    expect(expand('フィードバックは？')).toEqual(expect.arrayContaining([{ from: ['フィードバック'], to: ['feedback'], saidInWords: true }]));
  });
});
