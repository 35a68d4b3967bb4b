/** How much of the text, from its start, the language is guessed from. */
const SAMPLE = 4_000;

/**
 * Guesses a page's language from its script: enough for tokenising, not a full identifier. Reads the
 * texts as if joined by line breaks, up to its sample, without joining them: a page's sections can run
 * to megabytes.
 */
export function detectLanguage(...texts: string[]): string {
  let letters = 0;
  let kana = 0;
  let han = 0;
  let hangul = 0;
  let budget = SAMPLE;
  for (const text of texts) {
    if (budget <= 0) break;
    const end = Math.min(text.length, budget);
    // The line break that would join it to the next text takes a character of the sample too.
    budget -= text.length + 1;
    for (let i = 0; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++;
      } else if (code >= 0x3040 && code <= 0x30ff) kana++;
      else if (code >= 0x4e00 && code <= 0x9fff) han++;
      else if (code >= 0xac00 && code <= 0xd7af) hangul++;
      else if (code >= 0xc0 && code <= 0x24f) letters++;
    }
  }
  // CJK characters carry about a word each, Latin letters a fifth of one.
  const cjk = kana + han;
  const total = letters / 5 + cjk + hangul;
  if (total === 0) return 'en';
  if (cjk / total > 0.3) return kana > 0 ? 'ja' : 'zh';
  if (hangul / total > 0.3) return 'ko';
  return 'en';
}
