import { matchPattern, type KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';

const LINK = /\[([^\]]*)\]\([^)]*\)/g;

/**
 * How much a section is worth quoting before any question is asked: the knowledge config's path
 * boosts and its prior per folder level (a department's general page over one team's page),
 * times a penalty for near-empty sections and for navigation (text that is mostly links).
 */
export function sectionPrior(section: Section, config: Pick<KnowledgeConfig, 'boosts' | 'depthPrior'>): number {
  return textPrior(pathPrior(section.path, config), section.text);
}

/** The part of `sectionPrior` that depends on the path alone: the same for every section of a page. */
export function pathPrior(path: string, config: Pick<KnowledgeConfig, 'boosts' | 'depthPrior'>): number {
  let prior = config.depthPrior ** folderDepth(path);
  for (const boost of config.boosts) if (matchPattern(path, boost.match) !== -1) prior *= boost.weight;
  return prior;
}

/** `sectionPrior` from the prior of the section's path and its text. */
export function textPrior(pathPrior: number, text: string): number {
  let prior = pathPrior;
  // Most sections have no link: their text is their plain text.
  let linkText = 0;
  let plain = text;
  if (text.includes('](')) {
    for (const match of text.matchAll(LINK)) linkText += match[1]?.length ?? 0;
    plain = text.replace(LINK, '$1');
  }
  const visible = plain.replace(/^\s*(?:-|\d+\.)\s+/gm, '').length;
  if (visible < 60) prior *= 0.6;
  if (visible > 0 && linkText / visible > 0.6) prior *= 0.5;
  return prior;
}

function folderDepth(path: string): number {
  let depth = 0;
  for (const char of path) if (char === '/') depth++;
  return depth;
}
