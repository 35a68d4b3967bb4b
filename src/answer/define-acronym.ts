import { detectLanguage } from '../knowledge/detect-language.js';
import { toPlainText } from '../knowledge/render-inline.js';
import type { Section } from '../knowledge/types.js';
import type { DefinedAcronym } from '../search/defined-acronyms.js';
import { textTerms } from '../search/normalize-term.js';
import { searchSections, type PageHit, type SearchResult } from '../search/search-sections.js';
import type { SectionIndex } from '../search/section-index.js';

/**
 * "what does DRI stand for?", "what's SSoT short for", "RSUs means?": a question asking only what an
 * acronym stands for. "What is a PIP?" is not one: it asks what the thing is, which the search answers.
 */
const ASKS_WHAT_IT_STANDS_FOR =
  /^\s*(?:what(?:\s+(?:does|do|is)|['’]s)\s+(?:an?\s+|the\s+)?)?["'`“]?([A-Za-z][A-Za-z0-9]{1,9})["'`”]?\s+(?:stands?\s+for|means?|is\s+short\s+for|short\s+for)\s*\?*\s*$/i;

/**
 * "MR?", "GDK", "SSoT?": an acronym typed alone, as in chat, asks what it is. Typed with at least two
 * capitals, as the knowledge writes the acronyms it learns, so "hi?" or "focus?" stay questions for the search.
 */
const TYPED_ALONE = /^\s*["'`“]?([A-Za-z][A-Za-z0-9]{1,9})["'`”]?\s*\?*\s*$/;

/** Of the pages the search finds for an acronym and its long form, how many are looked through for the definition. */
const PAGES_LOOKED_AT = 10;

export interface AcronymDefinition {
  acronym: DefinedAcronym;
  /** The search for the acronym and its long form, with the page that defines it first and the defining section first in it. */
  result: SearchResult;
  /** The index terms of the acronym and its long form. */
  terms: ReadonlySet<string>;
  /** How much a sentence says the definition: its long form whole counts twice, the acronym once. */
  relevance: (terms: ReadonlySet<string>) => number;
}

/** The acronym a question asks the meaning of, as typed, when that is all it asks. */
export function acronymAskedAbout(question: string): string | undefined {
  return ASKS_WHAT_IT_STANDS_FOR.exec(question)?.[1];
}

/**
 * The acronym a question is made of alone ("MR?"), which the bot answers with its definition where the
 * knowledge spells it out, and otherwise searches like any question.
 */
export function acronymAlone(question: string): string | undefined {
  const typed = TYPED_ALONE.exec(question)?.[1];
  return typed !== undefined && (typed.match(/[A-Z]/g) ?? []).length >= 2 ? typed : undefined;
}

/**
 * Whether the synonyms say what the acronym stands for: they hold the synonyms file's groups and one for
 * every acronym the knowledge spells out (`withAcronyms`), plurals included.
 */
export function knowsAcronym(index: SectionIndex, asked: string): boolean {
  const lower = asked.toLowerCase();
  const forms = [lower, lower.replace(/s$/, '')];
  return index.synonyms.some((group) => group.some((phrase) => phrase.tokens.length === 1 && forms.includes(phrase.tokens[0]!.toLowerCase())));
}

/**
 * The definition the knowledge gives of `asked`, an acronym a question asks the meaning of: the
 * best-ranked section, among the pages found for the acronym and its long form, that writes "long form
 * (ACRONYM)" in its text or its own heading (`defines`), in the question's language if one does.
 * Undefined when the knowledge does not spell it out.
 */
export function findDefinition(index: SectionIndex, asked: string, question: string): AcronymDefinition | undefined {
  // The knowledge may learn one acronym in two spellings ("SSOT" and "SSoT"); a section defining either defines it.
  const spellings = index.acronyms.filter((known) => sameAcronym(known.acronym, asked));
  const acronym = spellings.find((known) => known.acronym === asked) ?? mostDefined(spellings);
  if (!acronym) return undefined;
  const result = searchSections(index, `${acronym.longForm} ${acronym.acronym}`);
  const candidates = result.pages
    .slice(0, PAGES_LOOKED_AT)
    .flatMap((page) => page.hits.filter((hit) => spellings.some((spelling) => defines(hit.section, spelling))).map((hit) => ({ page, hit })));
  const language = detectLanguage(question);
  const chosen = candidates.find(({ hit }) => hit.section.lang === language) ?? candidates[0];
  if (!chosen) return undefined;
  const { page, hit: defining } = chosen;
  const first: PageHit = { ...page, hits: [defining, ...page.hits.filter((hit) => hit !== defining)] };
  const longForm = textTerms(acronym.longForm);
  const short = textTerms(acronym.acronym);
  const relevance = (terms: ReadonlySet<string>) => (longForm.every((term) => terms.has(term)) ? 2 : 0) + (short.some((term) => terms.has(term)) ? 1 : 0);
  return { acronym, result: { ...result, pages: [first, ...result.pages.filter((other) => other !== page)] }, terms: new Set([...longForm, ...short]), relevance };
}

function mostDefined(spellings: readonly DefinedAcronym[]): DefinedAcronym | undefined {
  return spellings.reduce<DefinedAcronym | undefined>((most, spelling) => (most && most.definitions >= spelling.definitions ? most : spelling), undefined);
}

/** "dri", "DRIs" and "DRI" are one acronym; "SaaS" is written with its own capitals, so any case of it is. */
function sameAcronym(known: string, asked: string): boolean {
  const lower = asked.toLowerCase();
  return known.toLowerCase() === lower || `${known.toLowerCase()}s` === lower;
}

/**
 * Whether the section writes the acronym in parentheses after words that say its long form, or its own
 * heading does ("Single Source of Truth (SSoT)"; a page's opening has the page title, "Requests for
 * comments (RFCs)"): the whole section is then about it.
 */
function defines(section: Section, acronym: DefinedAcronym): boolean {
  return spellsOut(section.text, acronym) || spellsOut(section.headings.at(-1) ?? '', acronym);
}

function spellsOut(text: string, { acronym, longForm }: DefinedAcronym): boolean {
  if (!text.includes(acronym)) return false;
  const plain = toPlainText(text);
  if (!plain.includes(`(${acronym})`) && !plain.includes(`(${acronym}s)`)) return false;
  const terms = new Set(textTerms(plain));
  return textTerms(longForm).every((term) => terms.has(term));
}
