import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/answer/create-assistant.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { formatAnswer } from '../../src/cli/format-answer.js';
import { runCli, USAGE } from '../../src/cli/run-cli.js';
import { PAGE_FEATURES } from '../../src/search/page-ranker.js';
import { CONFIG_PATH, FIXTURE_KNOWLEDGE, MESSY_KNOWLEDGE, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

const EVAL_SET = join(FIXTURE_KNOWLEDGE, 'eval.jsonl');
const KNOWLEDGE = ['--knowledge', FIXTURE_KNOWLEDGE, '--config', CONFIG_PATH];

/** In-memory streams: stdin holds `input`, stdout and stderr are collected. */
function createIo(input = '', interactive = false) {
  const collect = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const stdout = collect();
  const stderr = collect();
  const io: CliIo = { stdin: Readable.from([input]), stdout: stdout.stream, stderr: stderr.stream, interactive };
  return { io, stdout: stdout.text, stderr: stderr.text };
}

async function run(argv: string[], input = '', interactive = false) {
  const { io, stdout, stderr } = createIo(input, interactive);
  const code = await runCli(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

// The CLI caches its index in .cache/ under the working directory: run where that cannot touch the project's.
const scratch = mkdtempSync(join(tmpdir(), 'onboard-cli-'));

/** A copy of the project's config and synonyms in a folder of its own, so that what a command writes beside the config never overwrites the project's learned files. */
function configFolder(prefix: string): { folder: string; config: string } {
  const folder = mkdtempSync(join(scratch, prefix));
  const config = join(folder, 'onboard.config.json');
  copyFileSync(CONFIG_PATH, config);
  copyFileSync(SYNONYMS_PATH, join(folder, 'synonyms.json'));
  return { folder, config };
}
const projectDirectory = process.cwd();
let assistant: LoadedAssistant;

beforeAll(async () => {
  process.chdir(scratch);
  assistant = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: CONFIG_PATH, cachePath: false });
});
afterAll(() => {
  process.chdir(projectDirectory);
  rmSync(scratch, { recursive: true, force: true });
});

describe('runCli', () => {
  describe('ask', () => {
    it('prints the quoted passage and numbered sources', async () => {
      const { code, stdout, stderr } = await run(['ask', 'can', 'I', 'specialize?', ...KNOWLEDGE]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toBe(`${formatAnswer(assistant.answer('can I specialize?'))}\n`);
      expect(stdout).toMatch(/^> At GitLab, developers are highly independent/);
      expect(stdout).toContain("Some developers specialize");
      expect(stdout).toContain('Some developers specialize <https://about.gitlab.com/jobs/specialist> and focus');
      expect(stdout).toContain('\nSources:\n  1. Developer\n     https://about.gitlab.com/jobs/developer/\n');
    });

    it('prints the Answer as one JSON line with --json', async () => {
      const { code, stdout } = await run(['ask', '--json', 'how do I revert an MR?', ...KNOWLEDGE]);
      expect(code).toBe(0);
      expect(stdout.endsWith('\n')).toBe(true);
      expect(stdout.trimEnd().includes('\n')).toBe(false);
      const answer = JSON.parse(stdout);
      expect(answer).toEqual(assistant.answer('how do I revert an MR?'));
      expect(answer.sources[0]).toMatchObject({ url: 'https://about.gitlab.com/handbook/engineering/workflow/#reverting-a-merge-request' });
    });

    it('answers one question per stdin line with --json and no question, skipping blank lines', async () => {
      const input = 'what are my responsibilities as a developer?\n\n   \nsg on-call\r\nwhat is the capital of Mongolia?';
      const { code, stdout } = await run(['ask', '--json', ...KNOWLEDGE], input);
      expect(code).toBe(0);
      const answers = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
      expect(answers.map((answer) => answer.question)).toEqual(['what are my responsibilities as a developer?', 'sg on-call', 'what is the capital of Mongolia?']);
      expect(answers[0]).toEqual(assistant.answer('what are my responsibilities as a developer?'));
      expect(answers[2].confidence).toBe('none');
    });

    it('prints an empty JSON batch for empty stdin', async () => {
      expect(await run(['ask', '--json', ...KNOWLEDGE], '')).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('says how to ask when the question is missing', async () => {
      expect(await run(['ask', ...KNOWLEDGE])).toEqual({ code: 2, stdout: '', stderr: 'Usage: onboard ask "your question" (or ask --json and questions on stdin)\n' });
      expect((await run(['ask', '  ', ...KNOWLEDGE])).code).toBe(2);
    });

    it('prints the decline and the closest pages for an uncovered question', async () => {
      const { stdout } = await run(['ask', 'what is the capital of Mongolia?', ...KNOWLEDGE]);
      expect(stdout).toBe("The handbook doesn't seem to cover that.\n");
    });

    it('shows progress on an interactive terminal and clears it', async () => {
      const { code, stderr } = await run(['ask', 'can I specialize?', '--knowledge', FIXTURE_KNOWLEDGE, '--knowledge', MESSY_KNOWLEDGE, '--config', CONFIG_PATH], '', true);
      expect(code).toBe(0);
      expect(stderr).toMatch(/files parsed: \d+\/\d+|sections indexed: \d+\/\d+/);
      expect(stderr.endsWith('\r\x1b[K')).toBe(true);
    });

    it('shows no progress when output is JSON', async () => {
      const { stderr } = await run(['ask', '--json', 'can I specialize?', '--knowledge', MESSY_KNOWLEDGE, '--config', CONFIG_PATH], '', true);
      expect(stderr).toBe('');
    });
  });

  describe('index', () => {
    it('reports files, sections and time, and the acronyms the knowledge spells out', async () => {
      const { code, stdout } = await run(['index', ...KNOWLEDGE]);
      expect(code).toBe(0);
      const [indexed, acronyms, ...rest] = stdout.split('\n');
      expect(indexed).toMatch(new RegExp(`^Indexed 9 files into ${assistant.knowledge.sections.length} sections in \\d+\\.\\d s\\.$`));
      expect(acronyms).toBe('The knowledge spells out 3 acronyms, which questions may use either way: EOC (engineer on call), MR (merge request), SLO (service-level objective).');
      expect(rest).toEqual(['']);
    });

    it('lists skipped and partly read files with why', async () => {
      const { stdout } = await run(['index', '--knowledge', MESSY_KNOWLEDGE, '--config', CONFIG_PATH]);
      expect(stdout.split('\n').slice(1)).toEqual([
        'Skipped or partly read 5 files:',
        '  handbook/empty/index.html.md: no text',
        '  handbook/engineering/metrics/dev/plan/certify/index.html.md.erb: no text',
        '  handbook/latin1/index.html.md: invalid UTF-8 replaced',
        '  handbook/leadership/building-trust/index.html.md: malformed front matter (duplicated mapping key at line 4, column 1:); body indexed without it',
        '  handbook/unterminated/index.html.md: unterminated front matter (no closing ---); body indexed without it',
        '',
      ]);
    });

    it('prints one JSON object with --json', async () => {
      const { stdout } = await run(['index', '--json', '--knowledge', MESSY_KNOWLEDGE, '--config', CONFIG_PATH]);
      const report = JSON.parse(stdout);
      expect(report).toMatchObject({ files: 4, pages: 4 });
      expect(Object.keys(report).sort()).toEqual(['acronyms', 'builtAt', 'files', 'fingerprint', 'ms', 'pages', 'sections', 'skipped']);
      expect(report.skipped).toHaveLength(5);
    });
  });

  describe('chat', () => {
    it('greets, helps, answers and leaves on "exit"', async () => {
      const { code, stdout } = await run(['chat', ...KNOWLEDGE], 'help\nwhat are the holidays\n\nexit\nhow do I revert an MR?\n');
      expect(code).toBe(0);
      const info = assistant.info();
      expect(stdout.startsWith(`Onboard: ${info.sections} sections from ${info.pages} pages. Type "help" for examples, "exit" to leave.\nonboard> `)).toBe(true);
      expect(stdout).toContain('onboard> Ask anything about your role, your workflow or the handbook, e.g.\n');
      expect(stdout).toContain(`onboard> ${formatAnswer(assistant.answer('what are the holidays'))}\n`);
      expect(stdout).not.toContain('Reverting a merge request');
      expect(stdout.endsWith('onboard> \nBye!\n')).toBe(true);
    });

    it('leaves at the end of input too', async () => {
      const { code, stdout } = await run(['chat', ...KNOWLEDGE], 'sg on-call');
      expect(code).toBe(0);
      expect(stdout).toContain('https://handbook.sourcegraph.com/departments/engineering/dev/process/incidents/on_call');
      expect(stdout.endsWith('\nBye!\n')).toBe(true);
    });
  });

  describe('check-eval', () => {
    it('reports a set without problems and exits 0', async () => {
      expect(await run(['check-eval', EVAL_SET, ...KNOWLEDGE])).toEqual({ code: 0, stdout: `${EVAL_SET}: 5 questions, 4 answerable, 0 problem(s)\n`, stderr: '' });
    });

    it('prints each problem and exits 1', async () => {
      const path = join(scratch, 'misspelled.jsonl');
      writeFileSync(path, `${JSON.stringify({ id: 'm1', q: 'review SLO?', expect: ['knowledge/handbook/engineering/workflow/code-review/index.html.md.erb'], section: 'Review-response SLO', phrase: 'SLO < 3 business days' })}\n`);
      const { code, stdout } = await run(['check-eval', path, ...KNOWLEDGE]);
      expect(code).toBe(1);
      expect(stdout.split('\n')).toEqual([
        `${path}: m1: the phrase "SLO < 3 business days" is not verbatim in "Review-response SLO" as the bot reads it (a link, bold or code inside it, or two list items, break it)`,
        `${path}: 1 questions, 1 answerable, 1 problem(s)`,
        '',
      ]);
    });

    it('needs a file', async () => {
      expect(await run(['check-eval', ...KNOWLEDGE])).toEqual({ code: 2, stdout: '', stderr: 'Usage: onboard check-eval FILE.jsonl [FILE.jsonl ...] [--knowledge DIR ...]\n' });
    });
  });

  describe('eval', () => {
    it('prints metrics and misses for an eval set', async () => {
      // The fixture set's questions plus one whose page the knowledge does not have: a miss whatever the ranking.
      const withMiss = join(scratch, 'with-miss.jsonl');
      writeFileSync(withMiss, `${readFileSync(EVAL_SET, 'utf8').trimEnd()}\n{"id": "t99", "q": "what is the review SLO?", "expect": ["handbook/nowhere.md"], "section": "Nowhere"}\n`);
      const { code, stdout } = await run(['eval', withMiss, ...KNOWLEDGE]);
      expect(code).toBe(0);
      const [metrics, misses] = stdout.split('\n\n');
      expect(metrics).toMatch(/^answerable questions: {3}5\n {2}page hit@1 {12}\d\.\d{3}\n/);
      expect(metrics).toContain('unanswerable questions: 1\n  correctly declined    1.000');
      expect(misses).toMatch(/^Misses \(\d\):\n/);
      expect(misses).toContain('- t99 "what is the review SLO?"\n    expected: handbook/nowhere.md § Nowhere\n    got:      ');
    });

    it('prints only the metrics with --json', async () => {
      const { stdout } = await run(['eval', EVAL_SET, '--json', ...KNOWLEDGE]);
      const metrics = JSON.parse(stdout);
      expect(Object.keys(metrics).sort()).toEqual(['answerable', 'correctlyDeclined', 'hitAt1', 'hitAt3', 'mrr', 'phrase', 'phraseInFirstPassage', 'unanswerable', 'wronglyDeclined']);
      expect(metrics).toMatchObject({ answerable: 4, unanswerable: 1, correctlyDeclined: 1 });
      // t04, "who is on call for sourcegraph.com?", reads as live information to the decline model learned from the eval sets.
      expect(metrics.wronglyDeclined).toBeLessThanOrEqual(0.25);
      // t01 (role page) and t02 (code review SLO) are answered from the right page.
      expect(metrics.hitAt1).toBeGreaterThanOrEqual(0.5);
      expect(metrics.hitAt3).toBe(1);
    });

    it('measures several sets in one run as a table, one row each and no questions', async () => {
      const second = join(scratch, 'second.jsonl');
      writeFileSync(second, '{"id": "s1", "q": "what is the stock price right now?", "expect": [], "topic": "unanswerable"}\n');
      const { code, stdout } = await run(['eval', EVAL_SET, second, ...KNOWLEDGE]);
      expect(code).toBe(0);
      expect(stdout).not.toContain('stock price');
      const table = stdout.trimEnd().split('\n');
      expect(table).toHaveLength(4);
      expect(table[0]).toBe('| set | answerable | page hit@1 | page hit@3 | MRR | phrase | phrase, first passage | wrongly declined | unanswerable | declined |');
      expect(table[2]).toMatch(/^\| eval \| 4 \| \d\.\d{3} \|/);
      expect(table[3]).toBe('| second | 0 | – | – | – | – | – | – | 1 | 1.000 |');
    });

    it('prints one JSON line per set, with its file, for several sets with --json', async () => {
      const { stdout } = await run(['eval', EVAL_SET, EVAL_SET, '--json', ...KNOWLEDGE]);
      const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({ file: EVAL_SET, answerable: 4, unanswerable: 1 });
      expect(lines[1]).toEqual(lines[0]);
    });

    it('reads every set before answering, so a broken second one fails at once', async () => {
      expect(await run(['eval', EVAL_SET, '/nonexistent/second.jsonl', ...KNOWLEDGE])).toEqual({
        code: 2,
        stdout: '',
        stderr: 'Onboard: eval file /nonexistent/second.jsonl: file not found\n',
      });
    });

    it('needs a file', async () => {
      expect(await run(['eval', ...KNOWLEDGE])).toEqual({ code: 2, stdout: '', stderr: 'Usage: onboard eval FILE.jsonl [FILE.jsonl ...] [--knowledge DIR ...] [--json]\n' });
    });

    it('names a missing eval file', async () => {
      expect(await run(['eval', '/nonexistent/dev.jsonl', ...KNOWLEDGE])).toEqual({
        code: 2,
        stdout: '',
        stderr: 'Onboard: eval file /nonexistent/dev.jsonl: file not found\n',
      });
    });

    it('names the line of an eval file that is not JSON', async () => {
      const path = join(scratch, 'broken.jsonl');
      writeFileSync(path, '{"q": "can I specialize?", "expect": []}\n\n{"q": oops}\n');
      expect((await run(['eval', path, ...KNOWLEDGE])).stderr).toBe(`Onboard: eval file ${path}: line 3 is not JSON\n`);
    });
  });

  describe('train-ranker', () => {
    it('learns the ranker from eval sets and writes it beside the config', async () => {
      const { folder, config } = configFolder('ranked-');
      const { code, stdout } = await run(['train-ranker', EVAL_SET, '--knowledge', FIXTURE_KNOWLEDGE, '--config', config, '--no-cache']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Learned from 4 of 4 answerable questions .*; wrote .*ranked-\w+\/ranker\.json\.\nOn those questions: page hit@1 \d\.\d{3} -> \d\.\d{3}, hit@3 /);
      const written = JSON.parse(readFileSync(join(folder, 'ranker.json'), 'utf8'));
      expect(written.trainedOn).toEqual([EVAL_SET]);
      expect(Object.keys(written.weights)).toEqual([...PAGE_FEATURES]);
    });

    it('needs an eval file', async () => {
      expect((await run(['train-ranker', ...KNOWLEDGE])).stderr).toBe('Usage: onboard train-ranker FILE.jsonl [FILE.jsonl ...] [--knowledge DIR ...] [--config FILE]\n');
    });
  });

  describe('train-decline', () => {
    it('learns the decline model from eval sets, asking the knowledge which answers are unsure, and writes it beside the config', async () => {
      const { folder, config } = configFolder('declining-');
      const labelled = join(folder, 'labelled.jsonl');
      const things = ['laptop', 'expense report', 'access request', 'visa letter', 'badge', 'monitor', 'benefits form', 'desk order', 'referral', 'travel booking'];
      const rows = things.flatMap((thing, i) => [
        { id: `u${i}`, q: `did my ${thing} get approved yet?`, expect: [] },
        { id: `a${i}`, q: `how do i request a ${thing}?`, expect: ['handbook/a.md'] },
      ]);
      writeFileSync(labelled, rows.map((row) => JSON.stringify(row)).join('\n'));
      const { code, stdout } = await run(['train-decline', labelled, '--knowledge', FIXTURE_KNOWLEDGE, '--config', config, '--no-cache']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Learned from 10 answerable and 10 unanswerable questions; wrote .*declining-\w+\/decline\.json \(threshold 0\.5, 0\.5 where the answer is unsure\)\.\nCross-validated \(5 folds\): declines 1\.000 of the unanswerable questions and 0\.000 of the answerable ones/);
      const written = JSON.parse(readFileSync(join(folder, 'decline.json'), 'utf8'));
      expect(written).toMatchObject({ trainedOn: [labelled], questions: { answerable: 10, unanswerable: 10 }, threshold: 0.5, unsureThreshold: 0.5 });
      // Heaviest first: the file opens with what every unanswerable question says and no answerable one does.
      expect(Object.keys(written.weights).slice(0, 9).sort()).toEqual(['first:did', 'p:approved yet', 'p:did my', 'p:get approved', 'w:approved', 'w:did', 'w:get', 'w:my', 'w:yet']);
    });

    it('needs an eval file', async () => {
      expect((await run(['train-decline', ...KNOWLEDGE])).stderr).toBe('Usage: onboard train-decline FILE.jsonl [FILE.jsonl ...] [--knowledge DIR ...] [--config FILE]\n');
    });
  });

  describe('usage', () => {
    it('says where the knowledge directory should be when it is missing', async () => {
      expect(await run(['ask', 'can I specialize?', '--knowledge', '/nonexistent/knowledge', '--config', CONFIG_PATH])).toEqual({
        code: 2,
        stdout: '',
        stderr: 'Onboard: knowledge directory /nonexistent/knowledge does not exist (pass an existing folder of markdown files with --knowledge)\n',
      });
    });

    it('names a missing config', async () => {
      expect((await run(['index', '--knowledge', FIXTURE_KNOWLEDGE, '--config', '/nonexistent/onboard.config.json'])).stderr).toBe(
        'Onboard: knowledge config /nonexistent/onboard.config.json: file not found\n',
      );
    });

    it('rejects an unknown command with the usage', async () => {
      expect(await run(['frob'])).toEqual({ code: 2, stdout: '', stderr: `Unknown command "frob".\n\n${USAGE}\n` });
    });

    it('rejects an unknown option with the usage', async () => {
      const { code, stderr } = await run(['ask', '--frob', 'x']);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^Unknown option '--frob'/);
      expect(stderr.endsWith(`\n\n${USAGE}\n`)).toBe(true);
    });

    it('prints the usage and fails without a command', async () => {
      expect(await run([])).toEqual({ code: 2, stdout: `${USAGE}\n`, stderr: '' });
    });

    it('prints the usage for help and --help', async () => {
      expect(await run(['help'])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
      expect(await run(['--help'])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
      expect(await run(['ask', '-h'])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
    });
  });
});
