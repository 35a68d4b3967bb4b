import type { LoadedAssistant } from '../../answer/create-assistant.js';
import type { CliIo } from '../cli-io.js';

/** Acronyms named in the report: the ones the knowledge spells out most often. */
const ACRONYM_EXAMPLES = 5;

/** `index`: what was read, what was skipped and why, how long it took, and the acronyms questions may use. */
export function indexKnowledge(assistant: LoadedAssistant, elapsedMs: number, json: boolean, io: CliIo): number {
  const { knowledge, index } = assistant;
  const info = assistant.info();
  if (json) {
    const acronyms = index.acronyms.map(({ acronym, longForm }) => ({ acronym, longForm }));
    io.stdout.write(`${JSON.stringify({ files: knowledge.files, ...info, skipped: knowledge.skipped, acronyms, ms: Math.round(elapsedMs) })}\n`);
    return 0;
  }
  const lines = [`Indexed ${knowledge.files} files into ${info.sections} sections in ${(elapsedMs / 1000).toFixed(1)} s.`];
  if (index.acronyms.length > 0) {
    const examples = [...index.acronyms].sort((a, b) => b.definitions - a.definitions).slice(0, ACRONYM_EXAMPLES);
    const named = examples.map(({ acronym, longForm }) => `${acronym} (${longForm})`).join(', ');
    lines.push(`The knowledge spells out ${index.acronyms.length} acronyms, which questions may use either way: ${named}${index.acronyms.length > examples.length ? ', …' : ''}.`);
  }
  if (knowledge.skipped.length > 0) {
    lines.push(`Skipped or partly read ${knowledge.skipped.length} files:`);
    for (const file of knowledge.skipped) lines.push(`  ${file.path}: ${file.reason}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
