import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import { normalizeTerm } from './normalize-term.js';
import { termRarity, type SectionIndex } from './section-index.js';
import { splitAsked } from './split-asked.js';
import { expandSynonyms, type SynonymGroups } from './synonyms.js';
import { tokenize } from './tokenize.js';

/** One thing the question asks about, with the ways of saying it that count as a mention of it. */
export interface Concept {
  term: string;
  /** Ways of saying it as index terms: the term itself first, then synonyms ("merge request" is ['merg', 'request']). */
  alternatives: string[][];
}

/** Whether text with these terms mentions the concept: all the words of one way of saying it. */
export function mentions(concept: Concept, has: (term: string) => boolean): boolean {
  return concept.alternatives.some((terms) => terms.every(has));
}

/**
 * A question's coverage measure: the share of its concepts, each weighed by its rarity in the index, that
 * `mentioned` marks (one flag per concept, in order), 0..1. Rarities are read once per question.
 */
export function conceptCoverage(index: Pick<SectionIndex, 'sections' | 'documentFrequency'>, concepts: readonly Concept[]): (mentioned: readonly boolean[]) => number {
  const rarities = concepts.map((concept) => termRarity(index, concept.term));
  const total = rarities.reduce((sum, rarity) => sum + rarity, 0);
  return (mentioned) => (total > 0 ? rarities.reduce((sum, rarity, i) => sum + (mentioned[i] ? rarity : 0), 0) / total : 0);
}

export interface ParsedQuestion {
  concepts: Concept[];
  /** Every index term to search, with its weight (synonyms and context count less than the question's own words). */
  weights: Map<string, number>;
  /** Sources the question names ("sg on-call" -> Sourcegraph), by source name. */
  sources: string[];
  /** Whether it asks for an amount ("how long…", "max PR size", "budget"): a quote stating one answers it. */
  asksAmount: boolean;
  /** Per concept, whether the message's asking sentences say it (`splitAsked`): all of them for a one-sentence question. */
  asked: boolean[];
}

/** Longer questions are cut: the first words say what is asked; the rest only slows the search. */
export const MAX_QUESTION_TOKENS = 64;
const SYNONYM_WEIGHT = 0.7;
const CONTEXT_WEIGHT = 0.4;
/**
 * "How long", "how often": the word after "how" asks for a duration or a number; the answer says "90 days",
 * rarely "long". Elsewhere they are content ("long-term", "many-to-many").
 */
const HOW_WORDS: ReadonlySet<string> = new Set(['long', 'many', 'much', 'often', 'soon', 'far']);
/** "How big", "how old": asking for an amount too, though the word itself is searched. */
const HOW_AMOUNT_WORDS: ReadonlySet<string> = new Set([...HOW_WORDS, 'big', 'large', 'old', 'fast', 'quickly']);
/** Words that ask for an amount wherever they stand ("PR size limit?", "learning budget"). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['max', 'maximum', 'min', 'minimum', 'limit', 'limits', 'size', 'amount', 'budget', 'length', 'duration', 'percent', 'percentage', 'cost', 'price', 'deadline', 'cap']);

export function parseQuestion(question: string, config: KnowledgeConfig, synonyms: SynonymGroups, context?: string): ParsedQuestion {
  // NFKC: Japanese keyboards type Latin letters and digits full width ("ＰＴＯ", "１：１").
  const message = question.normalize('NFKC');
  const tokens = tokenize(message, { keepCase: true }).slice(0, MAX_QUESTION_TOKENS);
  const sources = config.sources
    .filter((source) => tokens.some((token) => source.aliases.includes(token.toLowerCase())))
    .map((source) => source.name);
  const aliases = new Set(config.sources.flatMap((source) => source.aliases));
  // A question naming every source (e.g. "gitlab" names two GitLab sources) narrows nothing.
  const narrowing = sources.length > 0 && sources.length < config.sources.length ? sources : [];

  const weights = new Map<string, number>();
  const concepts: Concept[] = [];
  const add = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  for (const [i, token] of tokens.entries()) {
    const lower = token.toLowerCase();
    if (narrowing.length > 0 && aliases.has(lower)) continue;
    if (HOW_WORDS.has(lower) && tokens[i - 1]?.toLowerCase() === 'how') continue;
    const term = normalizeTerm(lower);
    if (term === null || weights.has(term)) continue;
    add(term, 1);
    concepts.push({ term, alternatives: [[term]] });
  }
  const unnamed = new Map<string, Concept>();
  for (const { from, to, saidInWords } of expandSynonyms(tokens, synonyms)) {
    const terms = to.map((token) => normalizeTerm(token)).filter((term): term is string => term !== null);
    for (const term of terms) if (!weights.has(term)) add(term, SYNONYM_WEIGHT);
    // A concept is mentioned when the section has its own word or what that word also means.
    const owners = new Set(from.map((token) => normalizeTerm(token)));
    for (const concept of concepts) if (owners.has(concept.term) && terms.length > 0) concept.alternatives.push(terms);
    // A capitals-only entry can be a stop word in lower case ("BE" for backend): what it means is the concept,
    // unless the question says that in words too ("BE or backend") and so has it as a concept already.
    if (terms.length > 0 && owners.size === 1 && owners.has(null) && !saidInWords) {
      const key = from.join(' ');
      const concept = unnamed.get(key);
      if (concept) concept.alternatives.push(terms);
      else unnamed.set(key, { term: terms[0]!, alternatives: [terms] });
    }
  }
  const named = concepts.length;
  concepts.push(...unnamed.values());
  if (context) {
    for (const token of tokenize(context).slice(0, MAX_QUESTION_TOKENS)) {
      const term = normalizeTerm(token);
      if (term !== null && !weights.has(term)) add(term, CONTEXT_WEIGHT);
    }
  }
  return { concepts, weights, sources: narrowing, asksAmount: asksAmount(tokens), asked: askedConcepts(message, concepts, named) };
}

/**
 * Per concept, whether the asking sentences of a long message say it; every one where the message is all
 * asking. The concepts after the first `named` are what a synonym alone names ("BE" for backend): counted as asked.
 */
function askedConcepts(message: string, concepts: readonly Concept[], named: number): boolean[] {
  const asked = splitAsked(message);
  if (asked === undefined) return concepts.map(() => true);
  const said = new Set(tokenize(asked).map((token) => normalizeTerm(token)));
  return concepts.map((concept, i) => i >= named || said.has(concept.term));
}

function asksAmount(tokens: readonly string[]): boolean {
  return tokens.some((token, i) => {
    const lower = token.toLowerCase();
    return AMOUNT_WORDS.has(lower) || (HOW_AMOUNT_WORDS.has(lower) && tokens[i - 1]?.toLowerCase() === 'how');
  });
}
