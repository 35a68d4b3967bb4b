/**
 * `npm run eval:compare`: the answer-quality table of the README. Runs the dev eval set through
 * Onboard's `answer()` and, over exactly the same sections in the same run, through a plain
 * minisearch index as a developer would first write it (default tokenizer, `prefix: true,
 * fuzzy: 0.2`, the best section's first 600 characters as the answer, never declining).
 */
import MiniSearch from 'minisearch';
import { createAssistant } from '../src/answer/create-assistant.js';
import { sectionLabel } from '../src/answer/answer-question.js';
import type { Answer } from '../src/answer/types.js';
import { readEvalSet } from '../src/eval/eval-set.js';
import { scoreCase, summarize, type EvalMetrics } from '../src/eval/score-eval.js';

const EVAL_FILE = process.argv[2] ?? '../shared/eval/dev.jsonl';
const ROOTS = ['../shared/seed', '../shared/corpus'];

const assistant = await createAssistant({ roots: ROOTS, onWarning: (message) => process.stderr.write(`${message}\n`) });
const { sections } = assistant.knowledge;
const plain = new MiniSearch({ fields: ['title', 'headings', 'text'] });
plain.addAll(sections.map((section) => ({ id: section.id, title: section.pageTitle, headings: section.headings.join(' '), text: section.text })));

function plainAnswer(question: string): Answer {
  const seen = new Set<string>();
  const hits = plain.search(question, { prefix: true, fuzzy: 0.2 }).filter((hit) => {
    const path = sections[hit.id as number]!.path;
    return seen.has(path) ? false : (seen.add(path), true);
  });
  const sources = hits.slice(0, 5).map((hit) => {
    const section = sections[hit.id as number]!;
    return { title: section.pageTitle, section: sectionLabel(section), url: section.url, path: section.path, score: hit.score };
  });
  const best = hits[0] ? sections[hits[0].id as number]! : undefined;
  return { question, answer: best ? best.text.slice(0, 600) : '', confidence: best ? 'high' : 'none', sources };
}

const cases = readEvalSet(EVAL_FILE);
const ours = summarize(cases.map((c) => scoreCase(c, assistant.answer(c.q))));
const baseline = summarize(cases.map((c) => scoreCase(c, plainAnswer(c.q))));
const rows: [string, keyof EvalMetrics][] = [
  ['page hit@1', 'hitAt1'],
  ['page hit@3', 'hitAt3'],
  ['MRR', 'mrr'],
  ['expected phrase in the answer', 'phrase'],
  ['expected phrase in the first passage', 'phraseInFirstPassage'],
  ['answerable wrongly declined', 'wronglyDeclined'],
  ['unanswerable correctly declined', 'correctlyDeclined'],
];
const lines = [
  `${EVAL_FILE}: ${ours.answerable} answerable, ${ours.unanswerable} unanswerable questions; ${sections.length} sections.`,
  '',
  '| metric | Onboard | plain minisearch |',
  '| --- | ---: | ---: |',
  ...rows.map(([label, key]) => `| ${label} | ${ours[key].toFixed(3)} | ${baseline[key].toFixed(3)} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
