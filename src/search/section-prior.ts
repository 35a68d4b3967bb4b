import { matchPattern, type KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';

const LINK = /\[([^\]]*)\]\([^)]*\)/g;

/**
 * How much a section is worth quoting before any question is asked: the knowledge config's path
 * boosts and its prior per folder level (a department's general page over one team's page),
 * times a penalty for near-empty sections and for navigation (text that is mostly links).
 */
export function sectionPrior(section: Section, config: Pick<KnowledgeConfig, 'boosts' | 'depthPrior'>): number {
  let prior = config.depthPrior ** folderDepth(section.path);
  for (const boost of config.boosts) if (matchPattern(section.path, boost.match) !== -1) prior *= boost.weight;
  const linkText = [...section.text.matchAll(LINK)].reduce((sum, match) => sum + (match[1]?.length ?? 0), 0);
  const plain = section.text.replace(LINK, '$1');
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
