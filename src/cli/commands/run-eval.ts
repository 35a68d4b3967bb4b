import type { Assistant } from '../../answer/assistant.js';
import { readEvalSet } from '../../eval/eval-set.js';
import { distinctPaths, scoreCase, summarize, type EvalMetrics, type EvalOutcome } from '../../eval/score-eval.js';
import type { CliIo } from '../cli-io.js';

/** `eval FILE`: runs every question through the bot's own `answer()` and prints the metrics and misses. */
export function runEval(assistant: Assistant, file: string, json: boolean, io: CliIo): number {
  const outcomes = readEvalSet(file).map((evalCase) => scoreCase(evalCase, assistant.answer(evalCase.q)));
  const metrics = summarize(outcomes);
  io.stdout.write(json ? `${JSON.stringify(metrics)}\n` : `${formatMetrics(metrics)}\n${formatMisses(outcomes)}\n`);
  return 0;
}

export function formatMetrics(metrics: EvalMetrics): string {
  return [
    `answerable questions:   ${metrics.answerable}`,
    `  page hit@1            ${metrics.hitAt1.toFixed(3)}`,
    `  page hit@3            ${metrics.hitAt3.toFixed(3)}`,
    `  MRR                   ${metrics.mrr.toFixed(3)}`,
    `  phrase in answer      ${metrics.phrase.toFixed(3)}`,
    `  wrongly declined      ${metrics.wronglyDeclined.toFixed(3)}`,
    `unanswerable questions: ${metrics.unanswerable}`,
    `  correctly declined    ${metrics.correctlyDeclined.toFixed(3)}`,
  ].join('\n');
}

function formatMisses(outcomes: EvalOutcome[]): string {
  const misses = outcomes.filter((o) =>
    o.case.expect.length === 0 ? o.answer.confidence !== 'none' : o.rank !== 1 || !o.phraseFound || o.answer.confidence === 'none',
  );
  if (misses.length === 0) return '\nNo misses.';
  const lines = ['', `Misses (${misses.length}):`];
  for (const o of misses) {
    const expected = o.case.expect.length === 0 ? 'decline' : `${o.case.expect.map((e) => e.replace(/^.*?corpus\//, '')).join(' or ')} § ${o.case.section ?? ''}`;
    const got = o.answer.confidence === 'none' ? `declined (${distinctPaths(o.answer)[0] ?? '-'})` : `${distinctPaths(o.answer).slice(0, 3).join(', ')} [${o.answer.confidence}${o.case.phrase ? (o.phraseFound ? ', phrase ok' : ', phrase missing') : ''}]`;
    lines.push(`- ${o.case.id} "${o.case.q}"\n    expected: ${expected}\n    got:      ${got}`);
  }
  return lines.join('\n');
}
