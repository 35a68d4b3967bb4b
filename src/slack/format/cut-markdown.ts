import { findLinkSpans, isListItem, splitLines } from './markdown-syntax.js';
import { toMrkdwn } from './to-mrkdwn.js';

export interface CutMarkdown {
  /** The markdown that fits (whole lines, then whole sentences, words only as a last resort). */
  markdown: string;
  /** True when something was left out. */
  cut: boolean;
}

/** Sentence ends: Latin punctuation before a space, or CJK full stops, which need none. */
const SENTENCE_END = /[.!?](?=\s)|[。！？](?=.)/gu;

/**
 * The longest prefix of `markdown` whose mrkdwn (`toMrkdwn`) is at most `maxLength` long,
 * cut at a list-item or line boundary, else a sentence boundary, else a word; never inside a link.
 * A paragraph may be cut after a sentence; a list item is kept whole or left out.
 */
export function cutMarkdown(markdown: string, maxLength: number): CutMarkdown {
  const fits = (candidate: string): boolean => toMrkdwn(candidate).length <= maxLength;
  if (fits(markdown)) return { markdown, cut: false };

  const lines = splitLines(markdown);
  const kept = lines.slice(0, largestFitting(lines.length, (n) => fits(lines.slice(0, n).join('\n'))));
  const next = lines[kept.length];
  if (next === undefined || (kept.length > 0 && isListItem(next))) return { markdown: kept.join('\n'), cut: true };

  // Once whole lines are kept, only a whole sentence more is worth adding; a stray half-sentence is not.
  const partial = cutLine(next, (candidate) => fits([...kept, candidate].join('\n')), kept.length === 0);
  const result = partial === '' ? kept : [...kept, partial];
  return { markdown: result.join('\n'), cut: true };
}

/** The longest prefix of one line that fits: at the last fitting sentence end, else (if allowed) word, else character. */
function cutLine(line: string, fits: (candidate: string) => boolean, allowMidSentence: boolean): string {
  const links = findLinkSpans(line);
  const outsideLinks = (offset: number): boolean => links.every((link) => offset <= link.start || offset >= link.end);
  const sentenceEnds = [...line.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length).filter(outsideLinks);
  const sentence = lastFitting(sentenceEnds, (end) => line.slice(0, end), fits);
  if (sentence !== undefined || !allowMidSentence) return sentence ?? '';

  const wordEnds = [...line.matchAll(/\s+/g)].map((match) => match.index).filter(outsideLinks);
  const word = lastFitting(wordEnds, (end) => `${line.slice(0, end)}…`, fits);
  if (word !== undefined) return word;

  const charEnds = codePointEnds(line).filter(outsideLinks);
  return lastFitting(charEnds, (end) => `${line.slice(0, end)}…`, fits) ?? '';
}

/** Binary search over ascending cut offsets; the returned candidate is one that was tested and fits. */
function lastFitting(ends: number[], candidateAt: (end: number) => string, fits: (candidate: string) => boolean): string | undefined {
  const count = largestFitting(ends.length, (n) => fits(candidateAt(ends[n - 1] ?? 0)));
  return count === 0 ? undefined : candidateAt(ends[count - 1] ?? 0);
}

/** Largest n in [0, total] with fitsFirst(n), assuming fitting is monotone; n = 0 is never tested. */
function largestFitting(total: number, fitsFirst: (n: number) => boolean): number {
  let low = 0;
  let high = total;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fitsFirst(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Offsets just after each code point, so a cut never splits a surrogate pair. */
function codePointEnds(line: string): number[] {
  const ends: number[] = [];
  let offset = 0;
  for (const char of line) {
    offset += char.length;
    ends.push(offset);
  }
  return ends;
}
