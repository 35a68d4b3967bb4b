import { describe, expect, it } from 'vitest';
import type { Answer, AnswerSource } from '../../src/answer/types.js';
import type { EvalCase } from '../../src/eval/eval-set.js';
import { distinctPaths, scoreCase, summarize } from '../../src/eval/score-eval.js';

const source = (path: string): AnswerSource => ({ title: 't', section: '', url: `https://x.test/${path}`, path, score: 1 });
const answer = (paths: string[], text = 'Develop features from proposal to polished end result.', confidence: Answer['confidence'] = 'high', secondPassage?: string): Answer => ({
  question: 'q',
  answer: text,
  confidence,
  sources: paths.map(source),
  ...(secondPassage === undefined ? {} : { secondPassage }),
});
const role: EvalCase = { id: 'h001', q: 'what are my responsibilities?', expect: ['seed/developer.md'], phrase: 'develop features' };
const decline: EvalCase = { id: 'h095', q: "what's the office wifi password?", expect: [] };

describe('distinctPaths', () => {
  it('lists each source path once, in order', () => {
    expect(distinctPaths(answer(['a.md', 'b.md', 'a.md', 'c.md']))).toEqual(['a.md', 'b.md', 'c.md']);
  });
});

describe('scoreCase', () => {
  it('ranks the first expected path among distinct source paths', () => {
    expect(scoreCase(role, answer(['gitlab/handbook/x.md', 'developer.md'])).rank).toBe(2);
    expect(scoreCase(role, answer(['gitlab/handbook/x.md'])).rank).toBe(0);
  });

  it('finds the phrase only in an answer that is not a decline', () => {
    expect(scoreCase(role, answer(['developer.md'])).phraseFound).toBe(true);
    expect(scoreCase(role, answer(['developer.md'], 'Develop features', 'none')).phraseFound).toBe(false);
    expect(scoreCase(decline, answer([])).phraseFound).toBe(false);
  });

  it("counts the phrase in either passage, and says whether the first passage alone has it", () => {
    const inSecond = scoreCase(role, answer(['x.md', 'developer.md'], 'nothing relevant', 'low', 'You develop features.'));
    expect(inSecond).toMatchObject({ phraseFound: true, phraseInFirstPassage: false });
    expect(scoreCase(role, answer(['developer.md'], undefined, 'low', 'nothing relevant'))).toMatchObject({ phraseFound: true, phraseInFirstPassage: true });
    expect(scoreCase(role, answer(['x.md'], 'no', 'low', 'neither'))).toMatchObject({ phraseFound: false, phraseInFirstPassage: false });
  });
});

describe('summarize', () => {
  it('computes page hits, MRR, phrases and declines', () => {
    const outcomes = [
      scoreCase(role, answer(['developer.md'])),
      scoreCase(role, answer(['x.md', 'developer.md'], 'nothing relevant', 'low', 'Develop features.')),
      scoreCase(role, answer(['x.md', 'y.md', 'developer.md'], 'nothing relevant')),
      scoreCase(role, answer(['x.md'], 'no', 'none')),
      scoreCase(decline, answer(['x.md'], 'no', 'none')),
      scoreCase(decline, answer(['x.md'])),
    ];
    expect(summarize(outcomes)).toEqual({
      answerable: 4,
      unanswerable: 2,
      hitAt1: 0.25,
      hitAt3: 0.75,
      mrr: 0.458,
      phrase: 0.5,
      phraseInFirstPassage: 0.25,
      wronglyDeclined: 0.25,
      correctlyDeclined: 0.5,
    });
  });

  it('reports zeros for an empty set', () => {
    expect(summarize([])).toEqual({ answerable: 0, unanswerable: 0, hitAt1: 0, hitAt3: 0, mrr: 0, phrase: 0, phraseInFirstPassage: 0, wronglyDeclined: 0, correctlyDeclined: 0 });
  });
});
