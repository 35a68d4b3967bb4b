import { normalizeTerm, textTerms } from './normalize-term.js';
import type { Phrase, SynonymGroups } from './synonyms.js';
import { tokenize } from './tokenize.js';

/**
 * Acronyms the knowledge spells out ("a Directly Responsible Individual (DRI)"), so that a question using
 * either form also finds text that uses the other: the synonyms file lists the onboarding vocabulary, and a
 * handbook defines hundreds more (RSU, PIP, SSoT) that nobody would keep a list of.
 */
export interface DefinedAcronym {
  /** As the knowledge writes it, singular: "DRI", "SSoT", "RSU" (for "RSUs"). */
  acronym: string;
  /** The words it stands for, in lower case: "directly responsible individual". */
  longForm: string;
  /** How many times the knowledge spells it out that way. */
  definitions: number;
  /** How many sections use it in capitals; set against the sections that have its lower-case word, it tells an acronym from a word ("FACE" from "face"). */
  capitalSections: number;
}

/** What one run of sections says about acronyms, for `definedAcronyms` to add up across runs. */
export interface AcronymCounts {
  /** Per acronym, its long forms and how many times each is given. */
  longForms: Map<string, Map<string, number>>;
  /** Per capitalised word ("DRI", "GitLab"), the sections that have it. */
  capitalSections: Map<string, number>;
}

/** An acronym in parentheses: a capital, then up to nine letters or digits, at least two capitals in all. */
const IN_PARENTHESES = /\(([A-Z][A-Za-z0-9]{1,9})\)/g;
const CAPITALISED_WORD = /\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b/g;
/** Where a long form cannot reach across: clause punctuation, brackets, quotes. */
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”|*_`]/;
/** Enough text before the parenthesis for ten long words. */
const LOOK_BACK = 160;
/** Words a long form skips when spelling its acronym ("Test of Design (TOD)", "Go to Market (GTM)"). */
const MINOR_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'to', 'the', 'for', 'a', 'an', 'in', 'on', 'as', 'at', 'by', 'with', '&']);
/** Of the long forms an acronym is given, the most common must be at least this share to be trusted. */
const DOMINANCE = 0.6;

/** Counts acronym definitions and capitalised words in the plain text of sections, one `add` per section. */
export class AcronymCounter {
  readonly #longForms = new Map<string, Map<string, number>>();
  readonly #capitalSections = new Map<string, number>();

  add(plainText: string): void {
    for (const word of new Set(plainText.match(CAPITALISED_WORD))) {
      const acronym = singular(word);
      this.#capitalSections.set(acronym, (this.#capitalSections.get(acronym) ?? 0) + 1);
    }
    if (!plainText.includes('(')) return;
    for (const match of plainText.matchAll(IN_PARENTHESES)) {
      const written = match[1]!;
      if ((written.match(/[A-Z]/g) ?? []).length < 2) continue;
      const acronym = singular(written);
      const longForm = spelledOut(acronym.toLowerCase(), wordsBefore(plainText, match.index));
      if (longForm === undefined) continue;
      const forms = this.#longForms.get(acronym) ?? new Map<string, number>();
      forms.set(longForm, (forms.get(longForm) ?? 0) + 1);
      this.#longForms.set(acronym, forms);
    }
  }

  counts(): AcronymCounts {
    return { longForms: this.#longForms, capitalSections: this.#capitalSections };
  }
}

/**
 * The acronyms defined across runs of sections, each with its most common long form, in a fixed order
 * whatever the runs were. An acronym spelled out in several ways, none of them most of the time, is left out.
 */
export function definedAcronyms(runs: readonly AcronymCounts[]): DefinedAcronym[] {
  const longForms = new Map<string, Map<string, number>>();
  const capitalSections = new Map<string, number>();
  for (const run of runs) {
    for (const [acronym, forms] of run.longForms) {
      const merged = longForms.get(acronym) ?? new Map<string, number>();
      for (const [form, count] of forms) merged.set(form, (merged.get(form) ?? 0) + count);
      longForms.set(acronym, merged);
    }
    for (const [word, count] of run.capitalSections) capitalSections.set(word, (capitalSections.get(word) ?? 0) + count);
  }
  const defined: DefinedAcronym[] = [];
  for (const [acronym, forms] of longForms) {
    // "personal access token" and "personal access tokens" are one long form, written two ways.
    const meanings = new Map<string, Map<string, number>>();
    for (const [form, count] of forms) {
      const key = textTerms(form).join(' ');
      meanings.set(key, (meanings.get(key) ?? new Map()).set(form, count));
    }
    const [meaning, definitions] = mostCommon(new Map([...meanings].map(([key, written]) => [key, sum(written.values())])));
    if (definitions / sum(forms.values()) < DOMINANCE) continue;
    const [longForm] = mostCommon(meanings.get(meaning)!);
    defined.push({ acronym, longForm, definitions, capitalSections: capitalSections.get(acronym) ?? 0 });
  }
  return defined.sort((a, b) => (a.acronym < b.acronym ? -1 : a.acronym > b.acronym ? 1 : 0));
}

/**
 * Synonym groups for the defined acronyms the curated groups do not already have (the file wins). An
 * acronym whose lower-case form is a word of its own, a stop word ("WHO", "US") or a word more sections
 * use in lower case than in capitals ("FACE", "BI" beside "bi-weekly"), matches only when typed in capitals.
 */
export function acronymSynonyms(defined: readonly DefinedAcronym[], documentFrequency: ReadonlyMap<string, number>, curated: SynonymGroups): SynonymGroups {
  const listed = new Set(curated.flatMap((group) => group.map((phrase) => phrase.tokens.join(' ').toLowerCase())));
  const groups: SynonymGroups = [];
  for (const { acronym, longForm, capitalSections } of defined) {
    const lower = acronym.toLowerCase();
    if (listed.has(lower) || listed.has(`${lower}s`)) continue;
    const forms = /s$/i.test(acronym) ? [acronym] : [acronym, `${acronym}s`];
    const phrases = forms.map((form): Phrase => {
      const term = normalizeTerm(form.toLowerCase());
      const exactCase = term === null || (documentFrequency.get(term) ?? 0) - capitalSections > capitalSections;
      return { tokens: [exactCase ? form : form.toLowerCase()], exactCase };
    });
    groups.push([...phrases, { tokens: tokenize(longForm), exactCase: false }]);
  }
  return groups;
}

/** The synonyms a question is read with: the file's groups, then a group for each acronym they lack. */
export function withAcronyms(curated: SynonymGroups, defined: readonly DefinedAcronym[], documentFrequency: ReadonlyMap<string, number>): SynonymGroups {
  return [...curated, ...acronymSynonyms(defined, documentFrequency, curated)];
}

/** The entry with the highest count; of equals, the first in code-point order. */
function mostCommon(counts: ReadonlyMap<string, number>): [string, number] {
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))[0]!;
}

function sum(counts: Iterable<number>): number {
  let total = 0;
  for (const count of counts) total += count;
  return total;
}

/** "PIs" -> "PI": the knowledge writes an acronym's plural with a small s. */
function singular(acronym: string): string {
  return /[A-Z0-9]s$/.test(acronym) ? acronym.slice(0, -1) : acronym;
}

/** The words between the last clause break before `end` and `end`. */
function wordsBefore(text: string, end: number): string[] {
  const before = text.slice(Math.max(0, end - LOOK_BACK), end);
  let start = before.length;
  while (start > 0 && !CLAUSE_BREAK.test(before[start - 1]!)) start--;
  return before.slice(start).split(/\s+/).filter(Boolean);
}

/**
 * The shortest run of words ending at the parenthesis whose initials spell `letters`, in lower case: each
 * word gives its first letter, or the first letters of its hyphenated parts ("role-based" gives "rb"), and
 * minor words inside give none unless the acronym has their letter there. Undefined when the words before do not spell it.
 */
function spelledOut(letters: string, words: readonly string[]): string | undefined {
  let unspelled = letters.length;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!.toLowerCase();
    const wanted = letters.slice(0, unspelled);
    // A minor word gives its letter only where the acronym has it ("Go to Market", "Test of Design").
    if (MINOR_WORDS.has(word) && unspelled < letters.length && !wanted.endsWith(word[0]!)) continue;
    const parts = word
      .split(/[-/]/)
      .filter(Boolean)
      .map((part) => part[0]!)
      .join('');
    if (parts.length > 1 && wanted.endsWith(parts)) unspelled -= parts.length;
    else if (wanted.endsWith(word[0]!)) unspelled -= 1;
    else return undefined;
    if (unspelled === 0) return words.slice(k).join(' ').toLowerCase();
  }
  return undefined;
}
