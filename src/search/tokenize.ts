const WORD = /[\p{L}\p{N}]+/gu;
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
  const words = source.match(WORD) ?? [];
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
