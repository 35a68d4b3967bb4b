/**
 * Words the Porter stemmer gives the stem of a word with another meaning, each with the term it is
 * indexed and searched under instead (what Lucene's StemmerOverrideFilter is for). Porter reduces
 * "internal" and "international" to "intern", so "intern responsibilities" quoted a principal
 * engineer's "exposes the work ... internally"; "community" and "communicate" to "commun", "production"
 * to "product" (and the synonym "prod" with it), "experiment" and "experience" to "experi". Only pairs
 * that an engineering handbook uses both halves of are listed; every inflection listed maps to the one term.
 */
const KEPT_APART: Readonly<Record<string, readonly string[]>> = {
  internal: ['internal', 'internally'],
  international: ['international', 'internationally'],
  community: ['community', 'communities'],
  general: ['general', 'generally'],
  university: ['university', 'universities'],
  experiment: ['experiment', 'experiments', 'experimented', 'experimenting', 'experimental', 'experimentation'],
  news: ['news'],
  production: ['production', 'productions'],
  emergency: ['emergency', 'emergencies'],
};

export const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map(
  Object.entries(KEPT_APART).flatMap(([term, words]) => words.map((word): [string, string] => [word, term])),
);
