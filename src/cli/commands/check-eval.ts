import type { LoadedAssistant } from '../../answer/create-assistant.js';
import { checkEvalSet } from '../../eval/check-eval-set.js';
import { readEvalSet } from '../../eval/eval-set.js';
import type { CliIo } from '../cli-io.js';

/** `check-eval FILE...`: prints every problem of each eval file against the loaded knowledge; exit 1 if any. */
export function checkEvalCommand(assistant: LoadedAssistant, files: string[], io: CliIo): number {
  let problems = 0;
  for (const file of files) {
    const cases = readEvalSet(file);
    const found = checkEvalSet(cases, assistant.knowledge.sections);
    problems += found.length;
    for (const problem of found) io.stdout.write(`${file}: ${problem}\n`);
    io.stdout.write(`${file}: ${cases.length} questions, ${cases.filter((evalCase) => evalCase.expect.length > 0).length} answerable, ${found.length} problem(s)\n`);
  }
  return problems === 0 ? 0 : 1;
}
