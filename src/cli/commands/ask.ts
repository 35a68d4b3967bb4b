import { createInterface } from 'node:readline';
import type { Assistant } from '../../answer/assistant.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../cli-io.js';
import { formatAnswer } from '../format-answer.js';

/**
 * `ask "question"` prints a readable answer; `ask --json "question"` the Answer as one JSON line;
 * `ask --json` without a question answers one question per stdin line, one JSON line each.
 */
export async function ask(assistant: Assistant, words: string[], json: boolean, io: CliIo): Promise<number> {
  const question = words.join(' ');
  if (question.trim() === '' && !json) throw new UsageError('Usage: onboard ask "your question" (or ask --json and questions on stdin)');
  if (question.trim() !== '' || !json) {
    const answer = assistant.answer(question);
    io.stdout.write(json ? `${JSON.stringify(answer)}\n` : `${formatAnswer(answer)}\n`);
    return 0;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    io.stdout.write(`${JSON.stringify(assistant.answer(line))}\n`);
  }
  return 0;
}
