import { describe, expect, it } from 'vitest';
import { formatBenchTable, type BenchReport } from '../../bench/format-bench-table.js';

const report: BenchReport = {
  date: '2026-11-26T13:00:00.000Z',
  command: 'npm run bench -- --runs 3 --passes 5',
  machine: { cpu: 'Test CPU @ 2.50GHz', cores: 2, memoryGb: 24, node: 'v20.20.2' },
  loadAverage: { before: 0.42, after: 1.5 },
  corpus: { roots: ['../shared/corpus'], pages: 2867, sections: 37017, questions: 40 },
  runs: 3,
  rows: [
    { library: 'onboard', buildMs: 4321, coldMs: 5900, loadMs: 640.4, warmUpMs: 151.6, warmMs: 210, queryMedianMs: 2.345, queryP99Ms: 12.5, peakRssMb: 290.2, buildPeakRssMb: 460, hitAt3: 0.861 },
    { library: 'lunr', buildMs: 27000, loadMs: 7000, queryMedianMs: 15.4, queryP99Ms: 138, peakRssMb: 721, hitAt3: 0.222 },
  ],
};

describe('formatBenchTable', () => {
  it('prints the machine, the run and one Markdown row per library, dashes for figures a library lacks', () => {
    expect(formatBenchTable(report)).toMatchInlineSnapshot(`
      "Test CPU @ 2.50GHz, 2 cores, 24 GB, Node v20.20.2; load average 0.4 before, 1.5 after
      2867 pages, 37017 sections, 40 questions; each figure the median of 3 runs (\`npm run bench -- --runs 3 --passes 5\`)

      | library | build s | load ms | query median ms | query p99 ms | peak RSS MB (answering) | peak RSS MB (build) | page hit@3 |
      |---|---:|---:|---:|---:|---:|---:|---:|
      | onboard | 4.32 | 640 | 2.35 | 12.50 | 290 | 460 | 0.861 |
      | lunr | 27.00 | 7000 | 15.40 | 138.00 | 721 | - | 0.222 |

      build: indexing the parsed sections (whole pages for the peers); load: reading the saved index back; query: onboard's \`answer\` (retrieval and extraction), the peers' search for the top 3 pages; peak RSS (answering): the process that loads and answers.
      onboard: cold build (parse + index + write cache) 5.90 s, warm start 640 ms (then a warm-up in the background, 152 ms, before questions are timed), bundled knowledge warm start 210 ms"
    `);
  });
});
