import { normalizeTerm } from './normalize-term.js';
import { BROADCAST_MENTIONS, tokenize } from './tokenize.js';

/** Marks a token that is no index term (a stop word, a one-letter word). */
const NO_TERM = -1;
const EMPTY_SLOT = -1;

/**
 * Index terms numbered from 0 in the order they are first met, for `normalizeTerms(tokenize(text))`.
 * Indexing reads millions of words but only tens of thousands of distinct ones. ASCII words, nearly
 * all of them, are hashed while the text is scanned and found in a table of the words seen so far,
 * compared in place: no string is cut out and no stemming repeated for a word already met. A word with
 * any other character goes through `tokenize` itself (CJK segmentation, Unicode letters).
 */
export class TermIds {
  /** The terms, by number. */
  readonly terms: string[] = [];
  private readonly byTerm = new Map<string, number>();
  /** Words other than ASCII ones -> term number. */
  private readonly byToken = new Map<string, number>();
  /** ASCII words seen so far, their hashes and term numbers, found through an open-addressing table. */
  private readonly words: string[] = [];
  private readonly wordHashes: number[] = [];
  private readonly wordIds: number[] = [];
  private slots = new Int32Array(1 << 12).fill(EMPTY_SLOT);

  idsOf(text: string): number[] {
    const lower = text.toLowerCase();
    const ids: number[] = [];
    let start = -1;
    let hash = 0;
    let ascii = true;
    for (let i = 0; i <= lower.length; i++) {
      const code = i < lower.length ? lower.charCodeAt(i) : 0x20;
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
        if (start === -1) {
          start = i;
          hash = 0;
          ascii = true;
        }
        hash = Math.imul(hash ^ code, 0x01000193);
        continue;
      }
      const width = code < 0x80 ? 0 : letterOrDigitWidth(lower, i);
      if (width > 0) {
        if (start === -1) start = i;
        ascii = false;
        i += width - 1;
        continue;
      }
      if (start === -1) continue;
      if (ascii && isBroadcastMention(lower, start, i)) this.pushToken(ids, `@${lower.slice(start, i)}`);
      else if (ascii) this.pushAsciiWord(ids, lower, start, i, hash);
      else for (const token of tokenize(lower.slice(start, i), { keepCase: true })) this.pushToken(ids, token);
      start = -1;
    }
    return ids;
  }

  private pushAsciiWord(ids: number[], text: string, start: number, end: number, hash: number): void {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY_SLOT) {
        const word = text.slice(start, end);
        const id = this.idOfTerm(normalizeTerm(word));
        this.slots[slot] = this.words.length;
        this.words.push(word);
        this.wordHashes.push(hash);
        this.wordIds.push(id);
        if (this.words.length * 2 > this.slots.length) this.growSlots();
        if (id !== NO_TERM) ids.push(id);
        return;
      }
      const word = this.words[entry]!;
      if (this.wordHashes[entry] === hash && word.length === end - start && text.startsWith(word, start)) {
        const id = this.wordIds[entry]!;
        if (id !== NO_TERM) ids.push(id);
        return;
      }
    }
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY_SLOT);
    const mask = this.slots.length - 1;
    this.wordHashes.forEach((hash, entry) => {
      let slot = hash & mask;
      while (this.slots[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    });
  }

  private pushToken(ids: number[], token: string): void {
    let id = this.byToken.get(token);
    if (id === undefined) {
      id = this.idOfTerm(normalizeTerm(token));
      this.byToken.set(token, id);
    }
    if (id !== NO_TERM) ids.push(id);
  }

  private idOfTerm(term: string | null): number {
    if (term === null) return NO_TERM;
    let id = this.byTerm.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.byTerm.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/** Whether the word at `start..end` is "@here", "@channel" or "@everyone" as `tokenize` reads them. */
function isBroadcastMention(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x40 || !BROADCAST_MENTIONS.has(text.slice(start, end))) return false;
  const before = start - 2;
  if (before < 0) return true;
  const code = text.charCodeAt(before);
  if (code === 0x40) return false;
  // A letter outside the BMP ends in a low surrogate: test the pair it closes.
  if (code >= 0xdc00 && code <= 0xdfff && before > 0) return letterOrDigitWidth(text, before - 1) !== 2;
  return letterOrDigitWidth(text, before) === 0;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit outside surrogates: 0 not yet known, 1 a letter or digit, 2 not one. */
const letterOrDigitUnits = new Uint8Array(0x10000);

/** How many code units the letter or digit at `i` takes (0 if there is none), as `tokenize`'s `\p{L}\p{N}` sees the text. */
function letterOrDigitWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(i)!;
    // A lone surrogate is no letter; a pair is one character, tested as such.
    return point > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  if (letterOrDigitUnits[code] === 0) letterOrDigitUnits[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return letterOrDigitUnits[code] === 1 ? 1 : 0;
}
