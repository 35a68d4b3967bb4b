import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/answer/create-assistant.js';
import { readRanker } from '../../src/search/ranker-file.js';
import { CONFIG_PATH, FIXTURE_KNOWLEDGE, MESSY_KNOWLEDGE, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

let assistant: LoadedAssistant;
const progress: string[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'onboard-assistant-'));
// Tests never touch the project's own .cache/.
const fresh = { configPath: CONFIG_PATH, cachePath: false as const };

beforeAll(async () => {
  assistant = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], ...fresh, onProgress: (stage, done, total) => progress.push(`${stage} ${done}/${total}`) });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const QUESTIONS = ['what are my responsibilities as a developer?', 'can I specialize?', "what's the workflow?", 'sg on-call', 'ハンドブックファーストとは何ですか？', 'what is the capital of Mongolia?'];

describe('createAssistant', () => {
  it('loads the knowledge and builds the index', () => {
    expect(assistant.knowledge.files).toBe(9);
    expect(assistant.index.sections).toEqual(assistant.knowledge.sections);
    expect(assistant.indexOrigin).toBe('built');
  });

  it('reports its size, build time and a content fingerprint', () => {
    const info = assistant.info();
    expect(info).toMatchObject({ pages: 9, sections: assistant.knowledge.sections.length });
    expect(Number.isNaN(Date.parse(info.builtAt))).toBe(false);
    expect(info.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports progress of parsing and indexing', () => {
    expect(progress.some((line) => line.startsWith('parse '))).toBe(true);
    expect(progress.some((line) => line.startsWith('index '))).toBe(true);
    expect(progress.at(-1)).toBe(`index ${assistant.knowledge.sections.length}/${assistant.knowledge.sections.length}`);
    const parsed = progress.filter((line) => line.startsWith('parse ')).map((line) => Number(line.split(' ')[1]!.split('/')[0]));
    expect(parsed).toEqual([...parsed].sort((a, b) => a - b));
  });

  it('answers, summarises topics and describes roles from the same knowledge', () => {
    expect(assistant.answer('can I specialize?').sources[0]!.path).toBe('roles/developer.md');
    expect(assistant.topics().roles).toEqual(['Backend Engineering', 'Developer', 'Support Engineer']);
    expect(assistant.role()).toMatchObject({ found: true, title: 'Developer' });
  });

  it('answers the same from its cache as from a fresh build', async () => {
    const cachePath = join(scratch, 'index.bin');
    const first = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: CONFIG_PATH, cachePath });
    const second = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: CONFIG_PATH, cachePath });
    expect([first.indexOrigin, second.indexOrigin]).toEqual(['built', 'cache']);
    expect(second.info()).toEqual(first.info());
    expect(second.info().fingerprint).toBe(assistant.info().fingerprint);
    expect(second.knowledge).toEqual(assistant.knowledge);
    for (const question of QUESTIONS) expect(second.answer(question)).toEqual(assistant.answer(question));
    expect(second.topics()).toEqual(assistant.topics());
    expect(second.role('backend')).toEqual(assistant.role('backend'));
  });

  it('reads several roots', async () => {
    const both = await createAssistant({ roots: [FIXTURE_KNOWLEDGE, MESSY_KNOWLEDGE], ...fresh });
    expect(both.knowledge.files).toBe(9 + 4);
    expect(both.knowledge.skipped.map((file) => file.path)).toContain('handbook/leadership/building-trust/index.html.md');
    expect(both.info().fingerprint).not.toBe(assistant.info().fingerprint);
  });

  it('takes the synonyms from beside the config unless told otherwise', async () => {
    const explicit = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], ...fresh, synonymsPath: SYNONYMS_PATH });
    expect(explicit.index.synonyms).toEqual(assistant.index.synonyms);
    const none = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], ...fresh, synonymsPath: join(FIXTURE_KNOWLEDGE, '..', 'knowledge-no-synonyms.json') }).catch(
      (error: Error) => error.message,
    );
    expect(none).toMatch(/^Onboard: synonyms file .*knowledge-no-synonyms\.json: file not found$/);
  });

  it('takes the learned ranker from beside the config, or none when told so', async () => {
    expect(assistant.index.ranker).toEqual(readRanker(resolve(CONFIG_PATH, '..', 'ranker.json')));
    const unranked = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], ...fresh, rankerPath: false });
    expect(unranked.index.ranker).toBeUndefined();
  });

  it('answers in the word order, with one warning, when the ranker file is damaged', async () => {
    const damaged = join(scratch, 'ranker.json');
    writeFileSync(damaged, '{"weights": {"scoreRatio": 1}}');
    const warnings: string[] = [];
    const unranked = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], ...fresh, rankerPath: damaged, onWarning: (message) => warnings.push(message) });
    expect(unranked.index.ranker).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^Onboard: ranker .*ranker\.json: weights: no weight for pageCoverage, .*; ranking pages by their words alone$/)]);
    expect(unranked.answer('what are my responsibilities as a developer?').confidence).not.toBe('none');
  });

  it('takes the learned decline model from beside the config, or none when told so', async () => {
    const asked = 'when is the next all-hands?';
    expect(assistant.answer(asked).confidence).toBe('none');
    const withoutModel = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], ...fresh, declinePath: false });
    expect(withoutModel.answer(asked).confidence).not.toBe('none');
  });

  it('declines by the config alone, with one warning, when the decline model file is damaged', async () => {
    const damaged = join(scratch, 'decline.json');
    writeFileSync(damaged, '{"bias": 0, "threshold": 2, "weights": {}}');
    const warnings: string[] = [];
    const withoutModel = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], ...fresh, declinePath: damaged, onWarning: (message) => warnings.push(message) });
    expect(warnings).toEqual([expect.stringMatching(/^Onboard: decline model .*decline\.json: "threshold" is not a probability between 0 and 1; declining by the knowledge config's outOfReach patterns alone$/)]);
    expect(withoutModel.answer('when is the next all-hands?').confidence).not.toBe('none');
  });

  it('fails with the path when the knowledge directory is missing', async () => {
    await expect(createAssistant({ roots: ['/nonexistent/knowledge'], ...fresh })).rejects.toThrow(
      'Onboard: knowledge directory /nonexistent/knowledge does not exist (pass an existing folder of markdown files with --knowledge)',
    );
  });

  it('fails with the path when the config is missing', async () => {
    await expect(createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: '/nonexistent/onboard.config.json', cachePath: false })).rejects.toThrow(
      'Onboard: knowledge config /nonexistent/onboard.config.json: file not found',
    );
  });
});
