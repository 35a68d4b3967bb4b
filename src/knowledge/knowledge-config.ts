import { readJsonFile } from './json-file.js';

/** How a source's page files map to URLs. */
export type PageUrlStyle =
  /** `a/b/index.html.md` -> `a/b/`, `a/c.html.md` -> `a/c/` (Middleman-style sites, the GitLab handbook). */
  | 'directory'
  /** `a/b/index.md` -> `a/b`, `a/c.md` -> `a/c` (the Sourcegraph handbook). */
  | 'extensionless';

/** How headings turn into anchors when the page gives no explicit `{#id}`. */
export type AnchorStyle = 'kramdown' | 'github';

export interface SourceConfig {
  name: string;
  /** Path patterns (relative to a knowledge root) whose files belong to this source. */
  match: string[];
  /** The public site the files mirror; a file's path under its matched pattern is appended. */
  site: string;
  pageUrls: PageUrlStyle;
  anchors: AnchorStyle;
  /** Pages of this source describe roles (job pages, job families). */
  roles: boolean;
  /** Words that name this source in a question ("sg on-call"), lower case. */
  aliases: string[];
}

export interface BoostConfig {
  match: string;
  weight: number;
}

/** A kind of question no handbook answers (a password, who your buddy is), recognised by its wording. */
export interface OutOfReachConfig {
  /** What such questions ask for, to finish "The handbook doesn't hold …". */
  asks: string;
  /** Regular expressions, matched case-insensitively against the question. */
  patterns: RegExp[];
}

export interface KnowledgeConfig {
  sources: SourceConfig[];
  /** Retrieval priors: sections of matching files have their score multiplied by `weight`. */
  boosts: BoostConfig[];
  /** Retrieval prior per folder between a knowledge root and a file, 0..1: general pages over deep team pages. */
  depthPrior: number;
  /** Starter questions shown in help, App Home and welcome messages. */
  examples: string[];
  /** Questions the bot declines whatever the search finds. */
  outOfReach: OutOfReachConfig[];
}

export class KnowledgeConfigError extends Error {
  constructor(path: string, problem: string) {
    super(`Onboard: knowledge config ${path}: ${problem}`);
    this.name = 'KnowledgeConfigError';
  }
}

/** Reads and validates the knowledge config; every problem names the file and the field. */
export function loadKnowledgeConfig(path: string): KnowledgeConfig {
  const raw = readJsonFile(path, (reason) => {
    throw new KnowledgeConfigError(path, reason);
  });
  return parseKnowledgeConfig(raw, path);
}

export function parseKnowledgeConfig(raw: unknown, path = '<inline>'): KnowledgeConfig {
  const fail = (problem: string): never => {
    throw new KnowledgeConfigError(path, problem);
  };
  if (!isObject(raw)) fail('expected a JSON object');
  const root = raw as Record<string, unknown>;
  const sources = arrayOf(root.sources, 'sources', fail).map((entry, i) => parseSource(entry, `sources[${i}]`, fail));
  const boosts = arrayOf(root.boosts ?? [], 'boosts', fail).map((entry, i) => {
    if (!isObject(entry)) return fail(`boosts[${i}] must be an object`);
    const weight = entry.weight;
    if (typeof weight !== 'number' || !(weight > 0)) fail(`boosts[${i}].weight must be a positive number`);
    return { match: stringField(entry.match, `boosts[${i}].match`, fail), weight: weight as number };
  });
  const depthPrior = root.depthPrior ?? 1;
  if (typeof depthPrior !== 'number' || !(depthPrior > 0 && depthPrior <= 1)) fail('depthPrior must be a number above 0 and at most 1');
  const examples = arrayOf(root.examples ?? [], 'examples', fail).map((e, i) => stringField(e, `examples[${i}]`, fail));
  const outOfReach = arrayOf(root.outOfReach ?? [], 'outOfReach', fail).map((entry, i) => parseOutOfReach(entry, `outOfReach[${i}]`, fail));
  return { sources, boosts, depthPrior: depthPrior as number, examples, outOfReach };
}

function parseOutOfReach(entry: unknown, at: string, fail: (problem: string) => never): OutOfReachConfig {
  if (!isObject(entry)) return fail(`${at} must be an object`);
  const patterns = arrayOf(entry.patterns, `${at}.patterns`, fail).map((pattern, i) => {
    const source = stringField(pattern, `${at}.patterns[${i}]`, fail);
    try {
      return new RegExp(source, 'iu');
    } catch (error) {
      return fail(`${at}.patterns[${i}] is not a regular expression: ${(error as Error).message}`);
    }
  });
  return { asks: stringField(entry.asks, `${at}.asks`, fail), patterns };
}

function parseSource(entry: unknown, at: string, fail: (problem: string) => never): SourceConfig {
  if (!isObject(entry)) return fail(`${at} must be an object`);
  const site = stringField(entry.site, `${at}.site`, fail);
  if (!/^https?:\/\//.test(site)) fail(`${at}.site must be an http(s) URL`);
  const pageUrls = entry.pageUrls ?? 'directory';
  if (pageUrls !== 'directory' && pageUrls !== 'extensionless') fail(`${at}.pageUrls must be "directory" or "extensionless"`);
  const anchors = entry.anchors ?? 'kramdown';
  if (anchors !== 'kramdown' && anchors !== 'github') fail(`${at}.anchors must be "kramdown" or "github"`);
  return {
    name: stringField(entry.name, `${at}.name`, fail),
    match: arrayOf(entry.match, `${at}.match`, fail).map((m, i) => stringField(m, `${at}.match[${i}]`, fail)),
    site: site.endsWith('/') ? site : `${site}/`,
    pageUrls: pageUrls as PageUrlStyle,
    anchors: anchors as AnchorStyle,
    roles: entry.roles === true,
    aliases: arrayOf(entry.aliases ?? [], `${at}.aliases`, fail).map((a, i) => stringField(a, `${at}.aliases[${i}]`, fail).toLowerCase()),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown, at: string, fail: (problem: string) => never): unknown[] {
  return Array.isArray(value) ? value : fail(`${at} must be an array`);
}

function stringField(value: unknown, at: string, fail: (problem: string) => never): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fail(`${at} must be a non-empty string`);
}

/** The names of the sources whose pages describe roles. */
export function roleSourceNames(config: Pick<KnowledgeConfig, 'sources'>): Set<string> {
  return new Set(config.sources.filter((source) => source.roles).map((source) => source.name));
}

/**
 * Patterns match at the start of the path or right after a `/`, so one config serves both the
 * bundled `knowledge/handbook/...` and a full checkout's `gitlab/handbook/...`.
 * Returns the index where the pattern starts, or -1.
 */
export function matchPattern(path: string, pattern: string): number {
  if (path.startsWith(pattern)) return 0;
  const at = path.indexOf(`/${pattern}`);
  return at === -1 ? -1 : at + 1;
}
