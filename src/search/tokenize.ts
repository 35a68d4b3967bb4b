const WORD = /[\p{L}\p{N}]+/gu;
/**
 * Slack's broadcast mentions, without their "@": words of their own with it, since "@here" is what a
 * question about pinging a channel asks about and "here" alone is a stop word.
 */
export const BROADCAST_MENTIONS: ReadonlySet<string> = new Set(['here', 'channel', 'everyone']);
/** Used only where text has an "@" (most has none). */
const WORD_OR_BROADCAST = new RegExp(`(?<![\\p{L}\\p{N}@])@(?:${[...BROADCAST_MENTIONS].join('|')})(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}]+`, 'giu');
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * Splits text into lower-case words. Runs of CJK script have no spaces, so they go through
 * `Intl.Segmenter`, which knows Japanese word boundaries.
 */
export function tokenize(text: string, options: { keepCase?: boolean } = {}): string[] {
  const source = options.keepCase ? text : text.toLowerCase();
  // `match` with a global pattern returns the words without a match object each: answers tokenize the
  // text of the sections they weigh and quote, and text without CJK (most of it) needs nothing more.
  const words = source.match(source.includes('@') ? WORD_OR_BROADCAST : WORD) ?? [];
  if (!CJK.test(source)) return words;
  const tokens: string[] = [];
  for (const word of words) {
    if (!CJK.test(word)) {
      tokens.push(word);
      continue;
    }
    for (const segment of segmenter.segment(word)) {
      if (segment.isWordLike) tokens.push(segment.segment);
    }
  }
  return tokens;
}
