import { matchPattern, type BoostConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';

const LINK = /\[([^\]]*)\]\([^)]*\)/g;

/**
 * How much a section is worth quoting before any question is asked: the knowledge config's path
 * boosts, times a penalty for near-empty sections and for navigation (text that is mostly links).
 */
export function sectionPrior(section: Section, boosts: readonly BoostConfig[]): number {
  let prior = 1;
  for (const boost of boosts) if (matchPattern(section.path, boost.match) !== -1) prior *= boost.weight;
  const linkText = [...section.text.matchAll(LINK)].reduce((sum, match) => sum + (match[1]?.length ?? 0), 0);
  const plain = section.text.replace(LINK, '$1');
  const visible = plain.replace(/^\s*(?:-|\d+\.)\s+/gm, '').length;
  if (visible < 60) prior *= 0.6;
  if (visible > 0 && linkText / visible > 0.6) prior *= 0.5;
  return prior;
}
