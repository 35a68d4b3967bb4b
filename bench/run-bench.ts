/**
 * `npm run bench [-- --runs N --passes N --knowledge DIR ... --eval FILE]`: Onboard against a plain
 * MiniSearch, lunr and FlexSearch over the same sections and questions, each measurement in a child
 * process of its own, each figure the median of N runs. Prints a table and writes bench/results/latest.json.
 * Query times are over up to N passes of the questions (fewer for a library slower than 5 s a pass).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCachePath } from '../src/answer/create-assistant.js';
import { readEvalSet } from '../src/eval/eval-set.js';
import { loadKnowledgeConfig } from '../src/knowledge/knowledge-config.js';
import { loadCachedIndex } from '../src/search/load-cached-index.js';
import { loadSynonyms } from '../src/search/synonyms.js';
import type { BenchPhase, BenchSetup, ChildResult } from './bench-child.js';
import { PEERS, type PeerName } from './bench-libraries.js';
import { pagesFromSections } from './bench-pages.js';
import { medianOfRuns } from './bench-stats.js';
import { formatBenchTable } from './format-bench-table.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    passes: { type: 'string', default: '5' },
    knowledge: { type: 'string', multiple: true, default: ['../shared/seed', '../shared/corpus'] },
    config: { type: 'string', default: 'knowledge/onboard.config.json' },
    eval: { type: 'string', default: '../shared/eval/dev.jsonl' },
  },
});
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'onboard-bench-'));
const startedAt = new Date();
const loadBefore = loadavg()[0]!;

try {
  const setup: BenchSetup = { roots: values.knowledge, configPath: values.config, questions: readEvalSet(values.eval), passes: Number(values.passes), passBudgetMs: 5000 };
  writeFileSync(join(dir, 'setup.json'), JSON.stringify(setup));
  // Every library gets the sections Onboard's parser makes of the knowledge (from the usual cache when it matches).
  const config = loadKnowledgeConfig(values.config);
  const synonyms = loadSynonyms(join(values.config, '..', 'synonyms.json'));
  const { index } = await loadCachedIndex({ roots: values.knowledge, config, synonyms, cachePath: defaultCachePath(values.knowledge, values.config), onWarning: log });
  writeFileSync(join(dir, 'sections.json'), JSON.stringify(index.sections));
  writeFileSync(join(dir, 'page-paths.json'), JSON.stringify(pagesFromSections(index.sections).map((page) => page.path)));
  const pages = new Set(index.sections.map((section) => section.path)).size;
  const sections = index.sections.length;
  log(`${pages} pages, ${sections} sections, ${setup.questions.length} questions; ${runs} runs in ${dir}`);

  // Runs go round the libraries, so that a busy moment on the machine does not fall on one library only.
  const plan: [string, BenchPhase[]][] = [
    ['onboard', ['build', 'cold', 'serve', 'bundled']],
    ...Object.keys(PEERS).map((name): [string, BenchPhase[]] => [name, ['build', 'serve']]),
  ];
  runChild('bundled', 'onboard'); // builds the bundled knowledge's cache that the measured runs load
  const results = new Map<string, ChildResult[]>(plan.map(([name]) => [name, []]));
  for (let run = 1; run <= runs; run++) {
    for (const [name, phases] of plan) {
      const measured = Object.assign({}, ...phases.map((phase) => runChild(phase, name))) as ChildResult;
      results.get(name)!.push(measured);
      log(`run ${run}/${runs} ${name}: ${JSON.stringify(measured)}`);
    }
  }

  const rows = plan.map(([name]) => ({ library: name === 'onboard' ? 'onboard' : PEERS[name as PeerName].name, ...medianOfRuns(results.get(name)!) }));
  const report = {
    date: startedAt.toISOString(),
    command: `npm run bench -- --runs ${runs} --passes ${values.passes}`,
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    loadAverage: { before: loadBefore, after: loadavg()[0]! },
    corpus: { roots: values.knowledge, pages, sections, questions: setup.questions.length },
    runs,
    rows,
  };
  process.stdout.write(`${formatBenchTable(report)}\n`);
  mkdirSync(here('results'), { recursive: true });
  writeFileSync(here('results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function runChild(phase: BenchPhase, library: string): ChildResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', here('bench-child.ts'), phase, library, dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1024 * 1024,
  });
  const { peakRssMb, ...figures } = JSON.parse(output.trim().split('\n').at(-1)!) as ChildResult;
  // One peak per phase: the build's and the serving process's.
  return { ...figures, [phase === 'serve' ? 'peakRssMb' : `${phase}PeakRssMb`]: peakRssMb };
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
