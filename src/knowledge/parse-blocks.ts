import { normalizeLabel, renderInline, type LinkResolver } from './render-inline.js';

export type Block =
  | { kind: 'heading'; level: number; text: string; id?: string }
  /** A paragraph, list item, table row or code line, already rendered to light markdown. */
  | { kind: 'line'; text: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Lines are trimmed at the end before matching, so no pattern needs a trailing `[ \t]*$`, the
// shape that makes a lazy group rescan a long run of spaces from every position.
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+.*)?$/;
const ATTRIBUTE_LIST = /^[ \t]*\{:[^}]*\}[ \t]*$/;
const TOC_PLACEHOLDER = /^[ \t]*([-*+]|\d+\.)[ \t]+TOC[ \t]*$/;
const QUOTE_MARKERS = /^([ \t]*>)+[ \t]?/;
/** First characters after the indentation that can start a list item (or the TOC placeholder), or a rule. */
const LIST_MARKS = '-*+0123456789';
const RULE_MARKS = '-*_';
const HEADING_ID = /\{#([^{}\s]+)[^{}]*\}$/;
const TRAILING_ATTRIBUTES = /\{:[^{}]*\}$/;

/** Reference-style link definitions (`[eng-wf]: /handbook/engineering/workflow/`), by normalised label. */
export function collectReferences(lines: string[]): Map<string, string> {
  const references = new Map<string, string>();
  for (const line of lines) {
    const match = firstMark(line) === '[' ? REFERENCE_DEFINITION.exec(line) : null;
    if (match?.[1] && match[2] && !references.has(normalizeLabel(match[1]))) {
      references.set(normalizeLabel(match[1]), match[2]);
    }
  }
  return references;
}

/**
 * A line-based reader for the markdown the handbooks really contain. It keeps what a reader
 * sees (headings, paragraphs, list items, table rows, code) and drops the rest. It never throws:
 * anything it does not recognise is read as paragraph text.
 */
export function parseBlocks(body: string, resolve: LinkResolver): Block[] {
  const lines = body.split('\n');
  const references = collectReferences(lines);
  const blocks: Block[] = [];
  const listCounters: number[] = [];
  let fence: string | undefined;
  let paragraph: string[] = [];
  let paragraphIsItem = false;
  let itemPrefix = '';

  const render = (text: string) => renderInline(text, resolve, references);
  const flush = () => {
    if (paragraph.length > 0) {
      const text = render(paragraph.join(' '));
      if (text) blocks.push({ kind: 'line', text: paragraphIsItem ? itemPrefix + text : text });
    }
    paragraph = [];
    paragraphIsItem = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').trimEnd();
    if (fence !== undefined) {
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      else if (raw.trim()) blocks.push({ kind: 'line', text: raw });
      continue;
    }
    // Every block pattern starts with its mark after the indentation, so the mark rules most of them out unrun.
    const rawMark = firstMark(raw);
    const fenceOpen = rawMark === '`' || rawMark === '~' ? FENCE.exec(raw) : null;
    if (fenceOpen?.[1]) {
      flush();
      fence = fenceOpen[1];
      continue;
    }
    const line = rawMark === '>' ? raw.replace(QUOTE_MARKERS, '') : raw;
    // `raw` ends in no whitespace, so what is left of it is blank only when empty.
    if (line === '') {
      flush();
      continue;
    }
    const mark = rawMark === '>' ? firstMark(line) : rawMark;
    const listMark = mark !== '' && LIST_MARKS.includes(mark);
    if (listMark && TOC_PLACEHOLDER.test(line)) {
      if (paragraph.length === 0) dropTocHeading(blocks);
      continue;
    }
    if ((mark === '{' && ATTRIBUTE_LIST.test(line)) || (mark === '[' && REFERENCE_DEFINITION.test(line))) continue;
    const atx = mark === '#' ? ATX.exec(line) : null;
    if (atx?.[1]) {
      flush();
      listCounters.length = 0;
      pushHeading(blocks, atx[1].length, atx[2] ?? '', render);
      continue;
    }
    const nextLine = lines[i + 1] ?? '';
    const nextMark = firstMark(nextLine);
    const ruleMark = mark !== '' && RULE_MARKS.includes(mark);
    const setext = paragraph.length === 0 && (nextMark === '=' || nextMark === '-') && SETEXT.test(nextLine.trimEnd());
    if (setext && !(listMark && LIST_ITEM.test(line)) && !line.includes('|') && !(ruleMark && RULE.test(line))) {
      flush();
      listCounters.length = 0;
      pushHeading(blocks, nextLine.trim().startsWith('=') ? 1 : 2, line.trim(), render);
      i++;
      continue;
    }
    if (ruleMark && RULE.test(line)) {
      flush();
      continue;
    }
    if (line.includes('|') && (line.trimStart().startsWith('|') || TABLE_SEPARATOR.test(nextLine.trimEnd()))) {
      flush();
      if (!TABLE_SEPARATOR.test(line)) {
        const cells = line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => render(cell)).filter(Boolean);
        if (cells.length > 0) blocks.push({ kind: 'line', text: cells.join(' | ') });
      }
      continue;
    }
    const item = listMark ? LIST_ITEM.exec(line) : null;
    if (item && item[2] && item[3] !== undefined) {
      flush();
      const depth = Math.min(3, Math.floor(item[1]!.replace(/\t/g, '    ').length / 2));
      listCounters.length = depth + 1;
      const ordered = /\d/.test(item[2]);
      const count = (listCounters[depth] ?? 0) + 1;
      listCounters[depth] = ordered ? count : 0;
      itemPrefix = `${'  '.repeat(depth)}${ordered ? `${count}.` : '-'} `;
      paragraph = [item[3]];
      paragraphIsItem = true;
      continue;
    }
    // An unindented paragraph ends any list, so the next list numbers from 1 again.
    if (paragraph.length === 0 && !/^[ \t]{2,}/.test(line)) listCounters.length = 0;
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/**
 * A heading right before the `- TOC` placeholder ("On this page", "目次") titles the table of contents
 * kramdown puts there, not content: the text after it is the page's opening, and reads as that.
 */
function dropTocHeading(blocks: Block[]): void {
  if (blocks.at(-1)?.kind === 'heading') blocks.pop();
}

/** The first character of `line` after its spaces and tabs; '' when there is none. */
function firstMark(line: string): string {
  let at = 0;
  while (at < line.length && (line.charCodeAt(at) === 0x20 || line.charCodeAt(at) === 0x09)) at++;
  return line.charAt(at);
}

function pushHeading(blocks: Block[], level: number, source: string, render: (text: string) => string): void {
  const id = HEADING_ID.exec(source)?.[1];
  const withoutAttributes = source.replace(HEADING_ID, '').trimEnd().replace(TRAILING_ATTRIBUTES, '').trimEnd();
  const text = render(withoutClosingHashes(withoutAttributes))
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\*\*/g, '');
  blocks.push(id ? { kind: 'heading', level, text, id } : { kind: 'heading', level, text });
}

/** `## Title ##` -> `Title`; a `#` run only closes the heading when a space precedes it. */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === text.length || (end > 0 && text[end - 1] !== ' ' && text[end - 1] !== '\t')) return text;
  return text.slice(0, end).trimEnd();
}
