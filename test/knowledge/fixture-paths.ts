import { fileURLToPath } from 'node:url';
import { loadKnowledgeConfig, type KnowledgeConfig, type SourceConfig } from '../../src/knowledge/knowledge-config.js';

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The repository root, so tests do not depend on the directory vitest was started from. */
export const REPO_ROOT = at('../../');
/** Real handbook snippets, trimmed (see test/fixtures/knowledge/SOURCES.txt). */
export const FIXTURE_KNOWLEDGE = at('../fixtures/knowledge');
/** Deliberately broken inputs. */
export const MESSY_KNOWLEDGE = at('../fixtures/messy');
/** The project's own knowledge config and synonyms: the fixture is read the way production reads it. */
export const CONFIG_PATH = at('../../knowledge/onboard.config.json');
export const SYNONYMS_PATH = at('../../knowledge/synonyms.json');

export function loadProjectConfig(): KnowledgeConfig {
  return loadKnowledgeConfig(CONFIG_PATH);
}

/** One source of the project config by name, failing loudly if the config no longer has it. */
export function projectSource(name: string): SourceConfig {
  const source = loadProjectConfig().sources.find((candidate) => candidate.name === name);
  if (!source) throw new Error(`test setup: knowledge/onboard.config.json has no source named "${name}"`);
  return source;
}
