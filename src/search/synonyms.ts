import { readJsonFile } from '../knowledge/json-file.js';
import { tokenize } from './tokenize.js';

/** One way of saying a thing, as words. Written in capitals in the file, it only matches capitals ("SET", not "set up"). */
export interface Phrase {
  tokens: string[];
  exactCase: boolean;
}

export type SynonymGroups = Phrase[][];

export class SynonymsError extends Error {
  constructor(path: string, problem: string) {
    super(`Onboard: synonyms file ${path}: ${problem}`);
    this.name = 'SynonymsError';
  }
}

export function loadSynonyms(path: string): SynonymGroups {
  const raw = readJsonFile(path, (reason) => {
    throw new SynonymsError(path, reason);
  });
  return parseSynonyms(raw, path);
}

export function parseSynonyms(raw: unknown, path = '<inline>'): SynonymGroups {
  const groups = (raw as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(groups) || !groups.every((group) => Array.isArray(group) && group.every((p) => typeof p === 'string'))) {
    throw new SynonymsError(path, 'expected { "groups": [["word", "a phrase"], ...] }');
  }
  return (groups as string[][]).map((group) =>
    group
      .map((phrase) => ({ tokens: tokenize(phrase, { keepCase: true }), exactCase: /\p{Lu}/u.test(phrase) && phrase === phrase.toUpperCase() }))
      .filter((phrase) => phrase.tokens.length > 0)
      .map((phrase) => (phrase.exactCase ? phrase : { ...phrase, tokens: phrase.tokens.map((t) => t.toLowerCase()) })),
  );
}

export interface Expansion {
  /** The words of the question that triggered it, lower case. */
  from: string[];
  /** What they also mean, lower case. */
  to: string[];
  /** Whether the question has a phrase of the group that is not capitals-only ("mr", or "backend" beside "BE"). */
  saidInWords: boolean;
}

/**
 * The phrases a question does not contain but means, by the synonym groups: "MR?" -> merge request.
 * `tokens` keep their case, so capitals-only entries ("SET") can tell themselves from words ("set up").
 */
export function expandSynonyms(tokens: string[], groups: SynonymGroups): Expansion[] {
  const lower = tokens.map((token) => token.toLowerCase());
  const found = groupsStartingWithAny(lower, groups).map((group) => ({
    group,
    spans: group.map((phrase) => startsOf(phrase.exactCase ? tokens : lower, phrase.tokens).map((start) => ({ start, end: start + phrase.tokens.length }))),
  }));
  const everySpan = found.flatMap(({ spans }, owner) => spans.flat().map((span) => ({ ...span, owner })));
  // Longest match wins: words read as part of a longer phrase of another group do not also trigger
  // their own groups ("on call" means on-call, not a meeting; "merge request" is not "merge").
  const inLonger = (span: Span, owner: number) => everySpan.some((other) => other.owner !== owner && other.start <= span.start && span.end <= other.end && other.end - other.start > span.end - span.start);
  const expansions: Expansion[] = [];
  found.forEach(({ group, spans }, owner) => {
    const present = group.filter((_, i) => spans[i]!.some((span) => !inLonger(span, owner)));
    if (present.length === 0) return;
    const saidInWords = present.some((phrase) => !phrase.exactCase);
    for (const phrase of group) {
      const to = lowerTokens(phrase);
      if (startsOf(lower, to).length === 0) expansions.push({ from: lowerTokens(present[0]!), to, saidInWords });
    }
  });
  return expansions;
}

interface Span {
  start: number;
  end: number;
}

/** Per list of groups, the groups each word (in lower case) starts a phrase of, by position in the list. */
const groupsByFirstWord = new WeakMap<SynonymGroups, Map<string, number[]>>();

/**
 * The groups with a phrase starting with one of the words, in list order: a question has a dozen words
 * and the groups number hundreds once the knowledge's acronyms are in, so only those are matched in full.
 */
function groupsStartingWithAny(words: readonly string[], groups: SynonymGroups): SynonymGroups {
  let byFirstWord = groupsByFirstWord.get(groups);
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const [position, group] of groups.entries()) {
      for (const phrase of group) {
        const first = phrase.tokens[0]?.toLowerCase();
        if (first === undefined) continue;
        const positions = byFirstWord.get(first) ?? [];
        if (positions.at(-1) !== position) positions.push(position);
        byFirstWord.set(first, positions);
      }
    }
    groupsByFirstWord.set(groups, byFirstWord);
  }
  const positions = new Set<number>();
  for (const word of words) for (const position of byFirstWord.get(word) ?? []) positions.add(position);
  return [...positions].sort((a, b) => a - b).map((position) => groups[position]!);
}

function lowerTokens(phrase: Phrase): string[] {
  return phrase.exactCase ? phrase.tokens.map((token) => token.toLowerCase()) : phrase.tokens;
}

/** Where `phrase` starts in `tokens`, each position once. */
function startsOf(tokens: string[], phrase: string[]): number[] {
  const starts: number[] = [];
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    starts.push(i);
  }
  return starts;
}
