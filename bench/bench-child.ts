/**
 * One measurement in a process of its own, so that its peak RSS is one library's:
 * `tsx bench/bench-child.ts <phase> <library> <work dir>`; prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAssistant } from '../src/answer/create-assistant.js';
import { warmUp, warmUpQuestions } from '../src/answer/warm-up.js';
import type { Answer } from '../src/answer/types.js';
import type { EvalCase } from '../src/eval/eval-set.js';
import { scoreCase, summarize } from '../src/eval/score-eval.js';
import { loadKnowledgeConfig } from '../src/knowledge/knowledge-config.js';
import type { Section } from '../src/knowledge/types.js';
import { combineShards, encodeCacheShard } from '../src/search/encode-cache-shard.js';
import { writeIndexCache } from '../src/search/index-cache.js';
import { pagesFromSections } from './bench-pages.js';
import { PEERS, type PeerLibrary, type PeerName } from './bench-libraries.js';
import { percentile } from './bench-stats.js';

export type BenchPhase = 'build' | 'cold' | 'serve' | 'bundled';

/** What the parent writes into the work dir for every child. */
export interface BenchSetup {
  roots: string[];
  configPath: string;
  questions: EvalCase[];
  /** Passes over the questions when timing answers, the first included; later passes stop once answering has taken `passBudgetMs`. */
  passes: number;
  passBudgetMs: number;
}

/** Every figure a child can report; each child reports the ones of its phase. */
export type Figure =
  | 'buildMs'
  | 'coldMs'
  | 'loadMs'
  | 'warmMs'
  | 'warmUpMs'
  | 'queryMedianMs'
  | 'queryP99Ms'
  | 'hitAt3'
  | 'peakRssMb'
  | 'buildPeakRssMb'
  | 'coldPeakRssMb'
  | 'bundledPeakRssMb';
export type ChildResult = Partial<Record<Figure, number>>;

const [phase, library, dir] = process.argv.slice(2) as [BenchPhase, 'onboard' | PeerName, string];
const setup = JSON.parse(readFileSync(join(dir, 'setup.json'), 'utf8')) as BenchSetup;
const sections = () => JSON.parse(readFileSync(join(dir, 'sections.json'), 'utf8')) as Section[];
const onboardCache = join(dir, 'onboard.bin');

const result = library === 'onboard' ? await measureOnboard(phase) : await measurePeer(PEERS[library] as PeerLibrary<unknown>, phase);
process.stdout.write(`${JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);

async function measureOnboard(measured: BenchPhase): Promise<ChildResult> {
  const fail = (message: string) => {
    throw new Error(`bench: ${message}`);
  };
  const options = { roots: setup.roots, configPath: setup.configPath, onWarning: fail };
  switch (measured) {
    case 'build': {
      // Index only, from the same parsed sections the peers get.
      const parsed = sections();
      const config = loadKnowledgeConfig(setup.configPath);
      const started = performance.now();
      const shard = encodeCacheShard(parsed, config);
      const buildMs = performance.now() - started;
      writeIndexCache(join(dir, 'onboard-sections.bin'), { fingerprint: '', builtAt: '', files: 0, skipped: [], ...combineShards([shard]) });
      return { buildMs };
    }
    case 'cold': {
      const started = performance.now();
      await createAssistant({ ...options, cachePath: onboardCache, rebuild: true });
      return { coldMs: performance.now() - started };
    }
    case 'serve': {
      const started = performance.now();
      const assistant = await createAssistant({ ...options, cachePath: onboardCache });
      const loadMs = performance.now() - started;
      if (assistant.indexOrigin !== 'cache') fail('the cache written by the cold run was not used');
      // As the bot does after it is ready (src/main.ts): the questions are timed once it has warmed up.
      const warmUpMs = await warmUp(assistant, warmUpQuestions(assistant.index.config.examples));
      return { loadMs, warmUpMs, ...timeQuestions((question) => assistant.answer(question)) };
    }
    case 'bundled': {
      const started = performance.now();
      const assistant = await createAssistant({ configPath: setup.configPath, cachePath: join(dir, 'bundled.bin') });
      return { warmMs: assistant.indexOrigin === 'cache' ? performance.now() - started : undefined };
    }
  }
}

async function measurePeer(peer: PeerLibrary<unknown>, measured: BenchPhase): Promise<ChildResult> {
  if (measured === 'build') {
    const pages = pagesFromSections(sections());
    const started = performance.now();
    const index = peer.build(pages);
    const buildMs = performance.now() - started;
    await peer.save(index, dir);
    return { buildMs };
  }
  const paths = JSON.parse(readFileSync(join(dir, 'page-paths.json'), 'utf8')) as string[];
  const started = performance.now();
  const index = peer.load(dir);
  const loadMs = performance.now() - started;
  return { loadMs, ...timeQuestions((question) => asAnswer(question, peer.search(index, question).map((id) => paths[id]!))) };
}

/**
 * Times every question up to `passes` times and scores the first pass's answers like `eval` does. A slow
 * library gets fewer passes (at least one), so that the whole bench stays within minutes.
 */
function timeQuestions(answer: (question: string) => Answer): ChildResult {
  const times: number[] = [];
  const answers: Answer[] = [];
  const started = performance.now();
  for (let pass = 0; pass < setup.passes && (pass === 0 || performance.now() - started < setup.passBudgetMs); pass++) {
    for (const evalCase of setup.questions) {
      const started = performance.now();
      const given = answer(evalCase.q);
      times.push(performance.now() - started);
      if (pass === 0) answers.push(given);
    }
  }
  const metrics = summarize(setup.questions.map((evalCase, i) => scoreCase(evalCase, answers[i]!)));
  return { queryMedianMs: percentile(times, 0.5), queryP99Ms: percentile(times, 0.99), hitAt3: metrics.hitAt3 };
}

/** A peer's pages as an Answer, so that the eval's own scoring applies. */
function asAnswer(question: string, paths: string[]): Answer {
  return { question, answer: '', confidence: 'high', sources: paths.map((path) => ({ title: '', section: '', url: '', path, score: 0 })) };
}
