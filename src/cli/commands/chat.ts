import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant } from '../../answer/assistant.js';
import { formatAnswer } from '../format-answer.js';

const HELP = `Ask anything about your role, your workflow or the handbook, e.g.
  what are my responsibilities as a developer?
  how do I get my merge request reviewed?
Commands: help, exit (or Ctrl-D).`;

/** A terminal chat on the same answer function the bot uses, like Hubot's shell adapter. */
export async function runChat(assistant: Assistant, streams: { input: Readable; output: Writable }): Promise<void> {
  const { output } = streams;
  const info = assistant.info();
  output.write(`Onboard: ${info.sections} sections from ${info.pages} pages. Type "help" for examples, "exit" to leave.\n`);
  const lines = createInterface({ input: streams.input, output, terminal: false, crlfDelay: Infinity });
  const prompt = () => output.write('onboard> ');
  prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    if (text === 'help') output.write(`${HELP}\n`);
    else if (text !== '') output.write(`${formatAnswer(assistant.answer(text))}\n`);
    prompt();
  }
  output.write('\nBye!\n');
  lines.close();
}
