/**
 * The light markdown the core emits (see `Section.text`): one paragraph, list item or table
 * row a line; `**bold**` and `[text](url)` inline. Shared by the converters and the cutter so
 * they agree on what a link or list item is.
 */

/** `[label](url)`, allowing one level of parentheses inside the URL (Wikipedia-style) and an optional title. */
export const MARKDOWN_LINK = /\[([^[\]]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"]*")?\s*\)/g;

/** `- item`, `* item`, `+ item` with optional indentation. */
export const BULLET_ITEM = /^(\s*)[-*+]\s+(.*)$/;

/** `1. item` or `1) item` with optional indentation. */
export const ORDERED_ITEM = /^(\s*)(\d{1,9})[.)]\s+(.*)$/;

/** Lines of `markdown` with trailing space trimmed, runs of blank lines collapsed to one, none at either end. */
export function splitLines(markdown: string): string[] {
  const lines: string[] = [];
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** True when the line is a bullet or numbered list item. */
export function isListItem(line: string): boolean {
  return BULLET_ITEM.test(line) || ORDERED_ITEM.test(line);
}

/** Start and end offsets of every markdown link in `line`, so cuts never split one. */
export function findLinkSpans(line: string): { start: number; end: number }[] {
  return [...line.matchAll(MARKDOWN_LINK)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
