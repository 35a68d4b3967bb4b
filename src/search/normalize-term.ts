import { stemmer } from 'stemmer';
import { STEM_OVERRIDES } from './stem-overrides.js';
import { STOP_WORDS } from './stop-words.js';
import { tokenize } from './tokenize.js';

const LATIN = /^[a-z0-9]+$/;
const cache = new Map<string, string | null>();

/**
 * The form a word is indexed and searched under: stop words and one-letter words dropped, English
 * words Porter-stemmed ("reviews", "reviewing" -> "review") but for the few it would merge with a word
 * of another meaning (`STEM_OVERRIDES`), other scripts kept as they are.
 */
export function normalizeTerm(token: string): string | null {
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  let term: string | null;
  if (STOP_WORDS.has(token)) term = null;
  else if (!LATIN.test(token)) term = token;
  else if (/^[0-9]+$/.test(token)) term = token.length <= 12 ? token : null;
  else if (token.length < 2 || token.length > 40) term = null;
  else term = STEM_OVERRIDES.get(token) ?? stemmer(token);
  // Bounded so that hostile input cannot grow it without limit.
  if (cache.size < 200_000) cache.set(token, term);
  return term;
}

/** Tokens -> index terms, dropping stop words. */
export function normalizeTerms(tokens: string[]): string[] {
  const terms: string[] = [];
  for (const token of tokens) {
    const term = normalizeTerm(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** Plain text -> the index terms it is searched and indexed by. */
export function textTerms(text: string): string[] {
  return normalizeTerms(tokenize(text));
}
