import type { LoadedAssistant } from '../../answer/create-assistant.js';
import type { CliIo } from '../cli-io.js';

/** `index`: what was read, what was skipped and why, and how long it took. */
export function indexKnowledge(assistant: LoadedAssistant, elapsedMs: number, json: boolean, io: CliIo): number {
  const { knowledge } = assistant;
  const info = assistant.info();
  if (json) {
    io.stdout.write(`${JSON.stringify({ files: knowledge.files, ...info, skipped: knowledge.skipped, ms: Math.round(elapsedMs) })}\n`);
    return 0;
  }
  const lines = [`Indexed ${knowledge.files} files into ${info.sections} sections in ${(elapsedMs / 1000).toFixed(1)} s.`];
  if (knowledge.skipped.length > 0) {
    lines.push(`Skipped or partly read ${knowledge.skipped.length} files:`);
    for (const file of knowledge.skipped) lines.push(`  ${file.path}: ${file.reason}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
