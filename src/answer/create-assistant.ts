import { resolve } from 'node:path';
import { loadKnowledgeConfig } from '../knowledge/knowledge-config.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { buildSectionIndex, type SectionIndex } from '../search/section-index.js';
import { loadSynonyms } from '../search/synonyms.js';
import { answerQuestion } from './answer-question.js';
import type { Assistant } from './assistant.js';
import { describeRole } from './describe-role.js';
import { summarizeTopics } from './summarize-topics.js';

export const DEFAULT_KNOWLEDGE = 'knowledge';

export interface AssistantOptions {
  /** Folders of markdown; default `knowledge/`. */
  roots?: string[];
  /** The knowledge config; default `knowledge/onboard.config.json`. */
  configPath?: string;
  /** The synonym list; default `synonyms.json` beside the config. */
  synonymsPath?: string;
  onProgress?: (stage: 'parse' | 'index', done: number, total: number) => void;
}

export interface LoadedAssistant extends Assistant {
  knowledge: KnowledgeBase;
  index: SectionIndex;
}

/** Loads knowledge, builds the index and returns the one object every surface talks to. */
export async function createAssistant(options: AssistantOptions = {}): Promise<LoadedAssistant> {
  const roots = options.roots && options.roots.length > 0 ? options.roots : [DEFAULT_KNOWLEDGE];
  const configPath = options.configPath ?? `${DEFAULT_KNOWLEDGE}/onboard.config.json`;
  const config = loadKnowledgeConfig(configPath);
  const synonyms = loadSynonyms(options.synonymsPath ?? resolve(configPath, '..', 'synonyms.json'));
  const knowledge = loadKnowledge(roots, config, (done, total) => options.onProgress?.('parse', done, total));
  const index = buildSectionIndex(knowledge.sections, config, synonyms, (done, total) => options.onProgress?.('index', done, total));
  const builtAt = new Date().toISOString();
  const pages = new Set(knowledge.sections.map((section) => section.path)).size;
  return {
    knowledge,
    index,
    answer: (question, askOptions) => answerQuestion(index, question, askOptions),
    topics: () => summarizeTopics(knowledge.sections, config),
    role: (name) => describeRole(knowledge.sections, config, name),
    info: () => ({ pages, sections: knowledge.sections.length, builtAt, fingerprint: '' }),
  };
}
