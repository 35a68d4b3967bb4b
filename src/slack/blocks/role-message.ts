import type { RolePart, RoleSummary } from '../../answer/assistant.js';
import { cutMarkdown } from '../format/cut-markdown.js';
import { escapeText } from '../format/escape-text.js';
import { formatLink } from '../format/format-link.js';
import { toMrkdwn } from '../format/to-mrkdwn.js';
import { truncateText } from '../format/truncate-text.js';
import { context, divider, section } from './block-kit.js';
import { ONBOARD_LIMITS, SLACK_LIMITS } from './limits.js';
import type { KnownBlock, SlackMessage } from './slack-message.js';

/**
 * `/onboard role [name]`. Found: the title linked to the role page, each part (Responsibilities,
 * Requirements…) quoted and cut with "Read on", then specializations and levels.
 * Not found: says so and lists the roles it knows.
 */
export function roleMessage(summary: RoleSummary): SlackMessage {
  return summary.found ? foundMessage(summary) : notFoundMessage(summary.query, summary.known);
}

type FoundRole = Extract<RoleSummary, { found: true }>;

function foundMessage(role: FoundRole): SlackMessage {
  const blocks: KnownBlock[] = [
    section(`*${formatLink(role.url, role.title)}*`),
    ...role.parts.slice(0, ONBOARD_LIMITS.roleParts).map(partSection),
  ];
  const extras = [namesLine('Specializations', role.specializations), namesLine('Levels', role.levels)].filter(
    (line): line is string => line !== undefined,
  );
  if (extras.length > 0) blocks.push(divider(), section(extras.join('\n')));
  blocks.push(context(['Ask me about any part of it, e.g. “what does a senior do?”']));
  const parts = role.parts.map((part) => part.heading).join(', ');
  const text = `${role.title}${parts === '' ? '' : `: ${parts}`}`;
  return { text: escapeText(truncateText(text, ONBOARD_LIMITS.fallbackText)), blocks };
}

function partSection(part: RolePart): KnownBlock {
  const heading = `*${escapeText(truncateText(part.heading, ONBOARD_LIMITS.label))}*`;
  const readOn = `\n… ${formatLink(part.url, 'Read on →')}`;
  const budget = ONBOARD_LIMITS.rolePartText - heading.length - 1 - readOn.length;
  const { markdown, cut } = cutMarkdown(part.text, budget);
  const body = toMrkdwn(markdown);
  return section(`${heading}\n${body}${cut ? readOn : ''}`);
}

function namesLine(label: string, names: string[]): string | undefined {
  if (names.length === 0) return undefined;
  const line = `*${label}:* ${names.map(escapeText).join(' · ')}`;
  return truncateText(line, Math.floor(SLACK_LIMITS.sectionText / 2));
}

function notFoundMessage(query: string, known: string[]): SlackMessage {
  const name = escapeText(truncateText(query.replace(/\s+/g, ' ').trim(), ONBOARD_LIMITS.label));
  const blocks: KnownBlock[] = [section(`I don’t know a role called “${name}”.`)];
  if (known.length > 0) {
    const names = truncateText(known.map(escapeText).join(' · '), SLACK_LIMITS.sectionText - 100);
    blocks.push(section(`*Roles I know:*\n${names}`), context(['Try `/onboard role &lt;name&gt;` with one of these.']));
  }
  return { text: `I don’t know a role called “${name}”.`, blocks };
}
