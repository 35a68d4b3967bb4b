/**
 * `npx tsx bench/compare-search.ts [--knowledge DIR ...]`: MiniSearch's own `search` against
 * `searchCachedIndex` on the same cached index, with the same question terms and options (those of
 * search-sections.ts at the time of writing), checking on every question that both return the same.
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { createAssistant } from '../src/answer/create-assistant.js';
import { readEvalSet } from '../src/eval/eval-set.js';
import { parseQuestion } from '../src/search/parse-question.js';
import { searchCachedIndex, type CachedSearchOptions } from '../src/search/search-cached-index.js';
import { percentile } from './bench-stats.js';

const { values } = parseArgs({
  options: {
    knowledge: { type: 'string', multiple: true, default: ['../shared/seed', '../shared/corpus'] },
    eval: { type: 'string', default: '../shared/eval/dev.jsonl' },
    passes: { type: 'string', default: '5' },
  },
});
const { index } = await createAssistant({ roots: values.knowledge, cachePath: '.cache/compare-search.bin' });
const queries = readEvalSet(values.eval).map((evalCase) => {
  const parsed = parseQuestion(evalCase.q, index.config, index.synonyms);
  const options: CachedSearchOptions = {
    boost: { title: 2, heading: 2.5, ancestors: 1.5, text: 1 },
    boostTerm: (term) => parsed.weights.get(term) ?? 1,
    fuzzy: (term) => ((index.documentFrequency.get(term) ?? 0) >= 5 || term.length < 4 ? false : term.length >= 6 ? 2 : 1),
    prefix: (term) => term.length >= 5,
    boostDocument: (id) => index.priors[id as number] ?? 1,
    limit: 300,
  };
  return { query: [...parsed.weights.keys()].join(' '), options };
});

const time = (search: (query: string, options: CachedSearchOptions) => unknown) => {
  const times: number[] = [];
  for (let pass = 0; pass < Number(values.passes); pass++) {
    for (const { query, options } of queries) {
      const started = performance.now();
      search(query, options);
      times.push(performance.now() - started);
    }
  }
  return `median ${percentile(times, 0.5).toFixed(2)} ms, p99 ${percentile(times, 0.99).toFixed(2)} ms`;
};
const viaMinisearch = (query: string, { limit, ...options }: CachedSearchOptions) =>
  index.minisearch.search(query, options).slice(0, limit).map(({ id, score, queryTerms }) => ({ id, score, queryTerms }));
const cached = time((query, options) => searchCachedIndex(index, query, options));
const same = queries.filter(({ query, options }) => isDeepStrictEqual(searchCachedIndex(index, query, options), viaMinisearch(query, options))).length;
// MiniSearch last: its reads decode the cached postings into Maps, which searchCachedIndex would then read instead.
const minisearch = time(viaMinisearch);
process.stdout.write(`searchCachedIndex: ${cached}\nminisearch.search: ${minisearch}\nidentical results: ${same}/${queries.length}\n`);
