import { escapeText } from './escape-text.js';
import { formatLink } from './format-link.js';
import { BULLET_ITEM, MARKDOWN_LINK, ORDERED_ITEM, splitLines } from './markdown-syntax.js';

/** Private-use characters mark where links go while the rest of the line is escaped. */
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const PLACEHOLDER_CHARS = /[\uE000\uE001]/g;
const INDENT = '    ';

/**
 * Light markdown from the core (`- item`/`1. item` lines, `**bold**`, `[text](url)`) -> Slack mrkdwn:
 * `*bold*`, `<url|text>`, `•` bullets; escapes & < > in the text; neutralises mentions.
 * Links to anything but http(s) URLs keep only their text.
 */
export function toMrkdwn(markdown: string): string {
  return splitLines(markdown).map(convertLine).join('\n');
}

function convertLine(line: string): string {
  const bullet = BULLET_ITEM.exec(line);
  if (bullet) {
    const level = indentLevel(bullet[1] ?? '');
    return `${INDENT.repeat(level)}${level === 0 ? '•' : '◦'} ${convertInline(bullet[2] ?? '')}`;
  }
  const ordered = ORDERED_ITEM.exec(line);
  if (ordered) {
    return `${INDENT.repeat(indentLevel(ordered[1] ?? ''))}${ordered[2]}. ${convertInline(ordered[3] ?? '')}`;
  }
  return convertInline(line.trimStart());
}

/** Two spaces (or a tab) per nesting level, as markdown writers indent sub-items. */
function indentLevel(indent: string): number {
  return Math.floor(indent.replace(/\t/g, '  ').length / 2);
}

function convertInline(text: string): string {
  const links: string[] = [];
  const withPlaceholders = text.replace(PLACEHOLDER_CHARS, '').replace(MARKDOWN_LINK, (_match, label: string, url: string) => {
    links.push(formatLink(url, stripBold(label)));
    return `\uE000${links.length - 1}\uE001`;
  });
  const formatted = convertBold(escapeText(withPlaceholders));
  return formatted.replace(PLACEHOLDER, (_match, index: string) => links[Number(index)] ?? '');
}

/** `**bold**` -> `*bold*`; a `**` left without a partner (e.g. after a cut) is dropped rather than shown. */
function convertBold(text: string): string {
  return text.replace(/\*\*(?=\S)(.*?\S)\*\*/g, '*$1*').replace(/\*\*/g, '');
}

function stripBold(text: string): string {
  return text.replace(/\*\*/g, '');
}
