import { createAssistant, type LoadedAssistant } from '../answer/create-assistant.js';
import type { CliIo } from './cli-io.js';

export interface KnowledgeFlags {
  knowledge?: string[];
  config?: string;
  json?: boolean;
  /** Index cache file, or `false` to build in memory only. */
  cache?: string | false;
  /** Build the index even when the cache matches (the `index` command). */
  rebuild?: boolean;
}

/** Loads the assistant for a command, with a progress line on interactive terminals only. */
export async function loadAssistant(flags: KnowledgeFlags, io: CliIo): Promise<LoadedAssistant> {
  const showProgress = io.interactive && !flags.json;
  let last = 0;
  const assistant = await createAssistant({
    roots: flags.knowledge,
    configPath: flags.config,
    cachePath: flags.cache,
    rebuild: flags.rebuild,
    // One line per problem (e.g. a corrupt cache being rebuilt), never on stdout where JSON goes.
    onWarning: (message) => io.stderr.write(`${message}\n`),
    onProgress: showProgress
      ? (stage, done, total) => {
          const now = Date.now();
          if (now - last < 100 && done < total) return;
          last = now;
          const label = stage === 'parse' ? 'files parsed' : 'sections indexed';
          io.stderr.write(`\r\x1b[K${label}: ${done}/${total}`);
        }
      : undefined,
  });
  if (showProgress) io.stderr.write('\r\x1b[K');
  return assistant;
}
