import type { Topics } from '../../answer/assistant.js';
import { escapeText } from '../format/escape-text.js';
import { formatLink } from '../format/format-link.js';
import { section } from './block-kit.js';
import { fitLines } from './fit-lines.js';
import { formatCount } from './format-count.js';
import { ONBOARD_LIMITS, SLACK_LIMITS } from './limits.js';
import type { KnownBlock } from './slack-message.js';

/** Sections for sources, main areas and roles; shared by `/onboard topics` and App Home. */
export function topicsBlocks(topics: Topics): KnownBlock[] {
  if (topics.sources.length === 0) {
    return [section('My knowledge base is empty right now, so I can’t answer questions yet. Ask whoever runs Onboard to add the handbook.')];
  }
  return [sourcesSection(topics), ...areasSection(topics), ...rolesSection(topics)];
}

function sourcesSection(topics: Topics): KnownBlock {
  const lines = topics.sources.map(
    (source) => `• *${escapeText(source.name)}*: ${formatCount(source.pages, 'page')}, ${formatCount(source.sections, 'section')}`,
  );
  return section(fitLines(['*Sources*', ...lines], SLACK_LIMITS.sectionText, (n) => `…and ${n} more`));
}

function areasSection(topics: Topics): KnownBlock[] {
  if (topics.areas.length === 0) return [];
  const shown = [...topics.areas].sort((a, b) => b.pages - a.pages).slice(0, ONBOARD_LIMITS.areas);
  const lines = shown.map((area) => `• ${formatLink(area.url, area.name)} (${escapeText(area.source)}, ${formatCount(area.pages, 'page')})`);
  return [section(fitLines(['*Main areas*', ...lines], SLACK_LIMITS.sectionText, (n) => `…and ${n} more`))];
}

function rolesSection(topics: Topics): KnownBlock[] {
  if (topics.roles.length === 0) return [];
  const title = `*Roles* (${topics.roles.length}): try \`/onboard role &lt;name&gt;\``;
  return [section(fitInline(title, topics.roles.map(escapeText)))];
}

/** A title line and a `·`-separated run of names, ending "…and N more" when they don't all fit. */
function fitInline(title: string, names: string[]): string {
  const all = `${title}\n${names.join(' · ')}`;
  if (all.length <= SLACK_LIMITS.sectionText) return all;
  const room = SLACK_LIMITS.sectionText - title.length - '\n …and 99999 more'.length;
  const kept: string[] = [];
  let length = 0;
  for (const name of names) {
    length += (kept.length === 0 ? 0 : ' · '.length) + name.length;
    if (length > room) break;
    kept.push(name);
  }
  return `${title}\n${kept.join(' · ')} …and ${names.length - kept.length} more`;
}
