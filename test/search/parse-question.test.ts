import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_TOKENS, mentions, parseQuestion } from '../../src/search/parse-question.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

const config = loadProjectConfig();
const synonyms = loadSynonyms(SYNONYMS_PATH);
const parse = (question: string, context?: string) => parseQuestion(question, config, synonyms, context);

describe('parseQuestion', () => {
  it('makes one concept per content word, stemmed, with full weight', () => {
    const parsed = parse('What are my responsibilities as a developer?');
    expect(parsed.concepts.map((c) => c.term)).toEqual(['respons', 'develop']);
    expect(parsed.weights.get('respons')).toBe(1);
    expect(parsed.sources).toEqual([]);
  });

  it('counts a synonym as a mention of the word it stands for, at a lower weight', () => {
    const parsed = parse('how do I close an MR?');
    expect(parsed.concepts).toEqual([
      { term: 'close', alternatives: [['close']] },
      { term: 'mr', alternatives: [['mr'], ['merg', 'request']] },
    ]);
    expect(parsed.weights.get('merg')).toBeLessThan(1);
    expect(parsed.weights.get('merg')).toBeGreaterThan(0);
  });

  it('leaves "set up" alone: SET is a synonym only in capitals', () => {
    const parsed = parse('how do I set up kubernetes access');
    expect(parsed.concepts.find((c) => c.term === 'set')).toEqual({ term: 'set', alternatives: [['set']] });
    expect(parsed.weights.has('softwar')).toBe(false);
  });

  it('makes a concept of what a capitals-only entry means when its word is a stop word: "BE" is backend', () => {
    expect(parse('senior BE').concepts).toEqual([
      { term: 'senior', alternatives: [['senior']] },
      { term: 'backend', alternatives: [['backend'], ['back', 'end']] },
    ]);
    expect(parse('BE or backend?').concepts.map((c) => c.term)).toEqual(['backend']);
    expect(parse('what should it be').concepts).toEqual([]);
  });

  it('reads "how long", "how often" and the like as the question word they are', () => {
    expect(parse('how long do I have to submit an expense?').concepts.map((c) => c.term)).toEqual(['submit', 'expens']);
    expect(parse('how often and how many times').concepts.map((c) => c.term)).toEqual(['time']);
    expect(parse('long-term goals').concepts.map((c) => c.term)).toEqual(['long', 'term', 'goal']);
  });

  it("marks which concepts a long message's asking sentences say, and every concept of a one-sentence question", () => {
    const long = parse('i was paged three times last night. can i take time off after on-call?');
    const asked = long.concepts.filter((_, i) => long.asked[i]).map((c) => c.term);
    expect(asked).toEqual(expect.arrayContaining(['time', 'call']));
    expect(asked).not.toContain('page');
    expect(long.concepts.map((c) => c.term)).toContain('page');
    const short = parse('can i take time off after on-call?');
    expect(short.asked.every(Boolean)).toBe(true);
    expect(short.asked).toHaveLength(short.concepts.length);
  });

  it('reads a question asking for an amount as one: "how long", "how big", or a word like limit, size or budget', () => {
    for (const question of ['how long do I have to submit an expense?', 'how big should a PR be?', 'PR size limit?', 'max PR size sg?', 'learning budget', 'get together grant amount?', 'how far back do logs go']) {
      expect(parse(question).asksAmount, question).toBe(true);
    }
    for (const question of ['what is a broken master?', 'long-term goals', 'who approves my PTO?', 'how do I take PTO?']) {
      expect(parse(question).asksAmount, question).toBe(false);
    }
  });

  it('narrows to the source a question names and drops the alias as a word', () => {
    const parsed = parse('sg on-call');
    expect(parsed.sources).toEqual(['Sourcegraph handbook']);
    expect(parsed.concepts.map((c) => c.term)).toEqual(['call']);
    expect(parsed.weights.has('sg')).toBe(false);
  });

  it('narrows to every source an alias names', () => {
    expect(parse('gitlab on-call').sources).toEqual(['Role pages', 'GitLab job families', 'GitLab handbook']);
  });

  it('does not narrow when the question names every source, and keeps the aliases as words', () => {
    const parsed = parse('sourcegraph vs gitlab on-call');
    expect(parsed.sources).toEqual([]);
    expect(parsed.concepts.map((c) => c.term)).toEqual(['sourcegraph', 'gitlab', 'call']);
  });

  it('adds the context question at a lower weight without making concepts of it', () => {
    const parsed = parse('and for senior devs?', 'what are my responsibilities as a developer?');
    expect(parsed.concepts.map((c) => c.term)).toEqual(['senior', 'dev']);
    expect(parsed.weights.get('respons')).toBeGreaterThan(0);
    expect(parsed.weights.get('respons')).toBeLessThan(parsed.weights.get('senior')!);
  });

  it('returns no concepts for a question of stop words only', () => {
    const parsed = parse('what is it?');
    expect(parsed.concepts).toEqual([]);
    expect(parsed.weights.size).toBe(0);
  });

  it(`reads only the first ${MAX_QUESTION_TOKENS} words`, () => {
    const words = Array.from({ length: MAX_QUESTION_TOKENS + 10 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    expect(parse(words.join(' ')).concepts).toHaveLength(MAX_QUESTION_TOKENS);
  });

  it('reads full-width Latin letters, as Japanese keyboards type them, as the plain ones', () => {
    expect(parse('ＰＴＯの申請方法は？')).toEqual(parse('PTOの申請方法は？'));
    expect(parse('ＰＴＯの申請方法は？').concepts[0]).toEqual({ term: 'pto', alternatives: [['pto'], ['paid', 'time'], ['time'], ['vacat']] });
  });

  it('reads Japanese questions', () => {
    expect(parse('ハンドブックファーストとは何ですか？').concepts.map((c) => c.term)).toEqual(['ハンドブック', 'ファースト']);
  });
});

describe('mentions', () => {
  const mr = parse('MR').concepts[0]!;

  it('counts a one-word synonym or every word of a phrase', () => {
    expect(mentions(mr, (term) => term === 'mr')).toBe(true);
    expect(mentions(mr, (term) => term === 'merg' || term === 'request')).toBe(true);
  });

  it('does not count one word of a phrase: "request" alone is not a merge request', () => {
    expect(mentions(mr, (term) => term === 'request')).toBe(false);
  });
});
