import { basename } from 'node:path';
import type { Assistant } from '../../answer/assistant.js';
import { readEvalSet } from '../../eval/eval-set.js';
import { distinctPaths, scoreCase, summarize, type EvalMetrics, type EvalOutcome } from '../../eval/score-eval.js';
import type { CliIo } from '../cli-io.js';

/**
 * `eval FILE...`: runs every question through the bot's own `answer()` and prints the metrics and
 * misses. Several files share one loaded index and print a table, one row each and no misses (a
 * held-out set is measured without reading its questions); with `--json`, one line each, with its
 * file. Every file is read before any question is asked, so a broken one fails at once.
 */
export function runEval(assistant: Assistant, files: string[], json: boolean, io: CliIo): number {
  const sets = files.map((file) => ({ file, cases: readEvalSet(file) }));
  const results = sets.map(({ file, cases }) => {
    const outcomes = cases.map((evalCase) => scoreCase(evalCase, assistant.answer(evalCase.q)));
    return { file, outcomes, metrics: summarize(outcomes) };
  });
  if (results.length === 1) {
    const { outcomes, metrics } = results[0]!;
    io.stdout.write(json ? `${JSON.stringify(metrics)}\n` : `${formatMetrics(metrics)}\n${formatMisses(outcomes)}\n`);
    return 0;
  }
  if (json) {
    for (const { file, metrics } of results) io.stdout.write(`${JSON.stringify({ file, ...metrics })}\n`);
    return 0;
  }
  io.stdout.write(`${formatTable(results)}\n`);
  return 0;
}

/** One row per set, as the README's answer-quality table has them. */
function formatTable(results: { file: string; metrics: EvalMetrics }[]): string {
  const header = '| set | answerable | page hit@1 | page hit@3 | MRR | phrase | phrase, first passage | wrongly declined | unanswerable | declined |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  // A share of no questions is no number: a set without unanswerable questions shows a dash there.
  const shares = (count: number, values: number[]) => values.map((x) => (count === 0 ? '–' : x.toFixed(3))).join(' | ');
  const rows = results.map(({ file, metrics: m }) => {
    const name = basename(file).replace(/\.jsonl$/, '');
    return `| ${name} | ${m.answerable} | ${shares(m.answerable, [m.hitAt1, m.hitAt3, m.mrr, m.phrase, m.phraseInFirstPassage, m.wronglyDeclined])} | ${m.unanswerable} | ${shares(m.unanswerable, [m.correctlyDeclined])} |`;
  });
  return [header, rule, ...rows].join('\n');
}

function formatMetrics(metrics: EvalMetrics): string {
  return [
    `answerable questions:   ${metrics.answerable}`,
    `  page hit@1            ${metrics.hitAt1.toFixed(3)}`,
    `  page hit@3            ${metrics.hitAt3.toFixed(3)}`,
    `  MRR                   ${metrics.mrr.toFixed(3)}`,
    `  phrase in answer      ${metrics.phrase.toFixed(3)}`,
    `    in first passage    ${metrics.phraseInFirstPassage.toFixed(3)}`,
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
    const got = o.answer.confidence === 'none' ? `declined (${distinctPaths(o.answer)[0] ?? '-'})` : `${distinctPaths(o.answer).slice(0, 3).join(', ')} [${o.answer.confidence}${o.case.phrase ? (o.phraseInFirstPassage ? ', phrase ok' : o.phraseFound ? ', phrase in second passage' : ', phrase missing') : ''}]`;
    lines.push(`- ${o.case.id} "${o.case.q}"\n    expected: ${expected}\n    got:      ${got}`);
  }
  return lines.join('\n');
}
