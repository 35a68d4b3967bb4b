import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { warmUp, warmUpQuestions } from '../../src/answer/warm-up.js';
import { CONFIG_PATH, FIXTURE_KNOWLEDGE, loadProjectConfig } from '../knowledge/fixture-paths.js';

describe('warmUp', () => {
  it('answers one question per turn of the event loop, so a question asked meanwhile is not held up by all of them', async () => {
    const asked: string[] = [];
    const assistant = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: CONFIG_PATH, cachePath: false });
    const warming = warmUp({ answer: (question) => (asked.push(question), assistant.answer(question)) }, ['first', 'second', 'third']);
    await new Promise((resolve) => setImmediate(resolve));
    const byNextTurn = asked.length;
    await warming;
    expect(byNextTurn).toBeLessThan(3);
    expect(asked).toEqual(['first', 'second', 'third']);
  });

  it('warms up with the config examples and a misspelt question', () => {
    const examples = loadProjectConfig().examples;
    const questions = warmUpQuestions(examples);
    expect(questions.slice(0, examples.length)).toEqual(examples);
    expect(questions).toHaveLength(examples.length + 1);
    expect(questions.at(-1)).toMatch(/reveiw/);
  });
});
