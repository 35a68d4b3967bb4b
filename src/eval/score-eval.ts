import type { Answer } from '../answer/types.js';
import { containsPhrase, pathMatches, type EvalCase } from './eval-set.js';
import { roundTo } from './round-to.js';

export interface EvalOutcome {
  case: EvalCase;
  answer: Answer;
  /** 1-based rank of the first expected file among distinct source paths; 0 when absent. */
  rank: number;
  /** In the answer's text: its passage, or either passage when it quotes a second page. */
  phraseFound: boolean;
  /** In its first passage alone, as an answer with one passage would have it. */
  phraseInFirstPassage: boolean;
}

export interface EvalMetrics {
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  phrase: number;
  phraseInFirstPassage: number;
  wronglyDeclined: number;
  correctlyDeclined: number;
}

/** Distinct source paths in order, the unit the page metrics count in. */
export function distinctPaths(answer: Answer): string[] {
  return [...new Set(answer.sources.map((source) => source.path))];
}

export function scoreCase(evalCase: EvalCase, answer: Answer): EvalOutcome {
  const paths = distinctPaths(answer);
  const index = paths.findIndex((path) => evalCase.expect.some((expected) => pathMatches(expected, path)));
  const { phrase } = evalCase;
  const found = (text: string | undefined) => phrase !== undefined && phrase !== '' && answer.confidence !== 'none' && text !== undefined && containsPhrase(text, phrase);
  const phraseInFirstPassage = found(answer.answer);
  return { case: evalCase, answer, rank: index + 1, phraseFound: phraseInFirstPassage || found(answer.secondPassage), phraseInFirstPassage };
}

export function summarize(outcomes: EvalOutcome[]): EvalMetrics {
  const answerable = outcomes.filter((o) => o.case.expect.length > 0);
  const unanswerable = outcomes.filter((o) => o.case.expect.length === 0);
  const share = (list: EvalOutcome[], test: (o: EvalOutcome) => boolean) => (list.length === 0 ? 0 : roundTo(list.filter(test).length / list.length, 3));
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    hitAt1: share(answerable, (o) => o.rank === 1),
    hitAt3: share(answerable, (o) => o.rank >= 1 && o.rank <= 3),
    mrr: answerable.length === 0 ? 0 : roundTo(answerable.reduce((sum, o) => sum + (o.rank > 0 ? 1 / o.rank : 0), 0) / answerable.length, 3),
    phrase: share(answerable, (o) => o.phraseFound),
    phraseInFirstPassage: share(answerable, (o) => o.phraseInFirstPassage),
    wronglyDeclined: share(answerable, (o) => o.answer.confidence === 'none'),
    correctlyDeclined: share(unanswerable, (o) => o.answer.confidence === 'none'),
  };
}

