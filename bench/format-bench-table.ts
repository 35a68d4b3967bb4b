import type { ChildResult } from './bench-child.js';

export interface BenchReport {
  date: string;
  command: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string };
  loadAverage: { before: number; after: number };
  corpus: { roots: string[]; pages: number; sections: number; questions: number };
  runs: number;
  rows: ({ library: string } & ChildResult)[];
}

const COLUMNS: [header: string, format: (row: BenchReport['rows'][number]) => string][] = [
  ['library', (row) => row.library],
  ['build s', (row) => seconds(row.buildMs)],
  ['load ms', (row) => fixed(row.loadMs, 0)],
  ['query median ms', (row) => fixed(row.queryMedianMs, 2)],
  ['query p99 ms', (row) => fixed(row.queryP99Ms, 2)],
  ['peak RSS MB (answering)', (row) => fixed(row.peakRssMb, 0)],
  ['peak RSS MB (build)', (row) => fixed(row.buildPeakRssMb, 0)],
  ['page hit@3', (row) => fixed(row.hitAt3, 3)],
];

/** The report as a Markdown table, with the machine and the run it was measured on. */
export function formatBenchTable(report: BenchReport): string {
  const { machine, corpus } = report;
  const header = `| ${COLUMNS.map(([name]) => name).join(' | ')} |`;
  const rule = `|${COLUMNS.map((_column, i) => (i === 0 ? '---' : '---:')).join('|')}|`;
  const rows = report.rows.map((row) => `| ${COLUMNS.map(([, format]) => format(row)).join(' | ')} |`);
  const onboard = report.rows.find((row) => row.library === 'onboard');
  return [
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}; load average ${report.loadAverage.before.toFixed(1)} before, ${report.loadAverage.after.toFixed(1)} after`,
    `${corpus.pages} pages, ${corpus.sections} sections, ${corpus.questions} questions; each figure the median of ${report.runs} runs (\`${report.command}\`)`,
    '',
    header,
    rule,
    ...rows,
    '',
    'build: indexing the parsed sections (whole pages for the peers); load: reading the saved index back; query: onboard\'s `answer` (retrieval and extraction), the peers\' search for the top 3 pages; peak RSS (answering): the process that loads and answers.',
    onboard
      ? `onboard: cold build (parse + index + write cache) ${seconds(onboard.coldMs)} s, warm start ${fixed(onboard.loadMs, 0)} ms (then a warm-up in the background, ${fixed(onboard.warmUpMs, 0)} ms, before questions are timed), bundled knowledge warm start ${fixed(onboard.warmMs, 0)} ms`
      : '',
  ].join('\n');
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined ? '-' : value.toFixed(digits);
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '-' : (ms / 1000).toFixed(2);
}
