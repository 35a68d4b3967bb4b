import { roleSourceNames, type KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';
import { textTerms } from '../search/normalize-term.js';
import { expandSynonyms, type SynonymGroups } from '../search/synonyms.js';
import { tokenize } from '../search/tokenize.js';
import type { RolePart, RoleSummary } from './assistant.js';
import { extractPassage } from './extract-passage.js';
import type { RolePartAsked } from './role-question.js';

export const DEFAULT_ROLE = 'developer';
const PART_CHARS = 500;

/** A part's heading: as the page's top headings word it, and as any deeper heading may. */
interface Part {
  top: RegExp;
  anywhere: RegExp;
}

/**
 * The parts of a role page, each found by its heading: first among the page's top headings, by the words
 * job pages head them with ("Responsibilities for Security Engineer roles", "As an SRE you will:",
 * "What you'll do"; "General Requirements for …", "Must-have Requirements", "You may be a fit to this
 * role if …", "What you'll need", a nice-to-have being the next part), else at any depth outside the
 * specialties by the plain heading alone ("Responsibilities", "Requirements"), not a level's "Senior
 * Manager, Development Requirements".
 */
const RESPONSIBILITIES: Part = { top: /responsibilit|^as an? .+ you will\b|^what you.ll do\b/i, anywhere: /^responsibilit/i };
const REQUIREMENTS: Part = { top: /^(?!.*nice.to.have).*\brequirements?\b|^you may be a fit\b|^what you.ll need\b|^qualifications\b/i, anywhere: /^requirements?$/i };
const HIRING_PROCESS: Part = { top: /^(.+ )?hiring process$/i, anywhere: /^hiring process$/i };
const NICE_TO_HAVE: Part = { top: /^nice.to.haves?/i, anywhere: /^nice.to.haves?/i };
const INTERNSHIPS: Part = { top: /^internships?$/i, anywhere: /^internships?$/i };
/** The summary's parts; its last is how one joins: the internships a page offers, else its hiring process, whichever comes first. */
const PARTS: readonly Part[] = [RESPONSIBILITIES, REQUIREMENTS, NICE_TO_HAVE, eitherPart(INTERNSHIPS, HIRING_PROCESS)];
/** The parts a question can ask for by name (`role-question.ts`). */
const PART_ASKED: Record<RolePartAsked, Part> = { responsibilities: RESPONSIBILITIES, requirements: REQUIREMENTS, 'hiring process': HIRING_PROCESS };
const SPECIALIZATION_PARENT = /^(specialt(y|ies)|speciali[sz]ations?)$/i;
const LEVEL = /\b(junior|intermediate|senior|staff|principal|distinguished|fellow|associate|manager|director|intern)\b/i;

interface RolePage {
  title: string;
  /** The title's index terms, read once with the page. */
  titleTerms: ReadonlySet<string>;
  path: string;
  url: string;
  sections: Section[];
}

/**
 * Summarises a role page: responsibilities, requirements, specializations and levels. `synonyms`: the
 * index's groups, so that a name the pages' titles spell out ("SRE", "SET") finds its page.
 */
export function describeRole(sections: Section[], config: KnowledgeConfig, name = DEFAULT_ROLE, synonyms: SynonymGroups = []): RoleSummary {
  const pages = rolePages(sections, config);
  const page = findRole(pages, name, synonyms);
  if (!page) return { found: false, query: name, known: [...new Set(pages.map((p) => p.title))].sort((a, b) => a.localeCompare(b)) };

  const parts: RolePart[] = [];
  for (const part of PARTS) {
    const section = findPart(page, part);
    if (section) parts.push({ heading: section.headings[section.headings.length - 1]!, text: extractPassage(section.text, () => 0, { maxChars: PART_CHARS }), url: section.url });
  }
  const specializations = unique(
    page.sections.flatMap((s) => {
      const at = s.headings.findIndex((h) => SPECIALIZATION_PARENT.test(h));
      return at !== -1 && s.headings[at + 1] ? [s.headings[at + 1]!] : [];
    }),
  );
  // A level heading with only sub-headings under it has no section of its own: read every heading path.
  const levels = unique(
    page.sections.flatMap((s) => (s.headings.some((h) => SPECIALIZATION_PARENT.test(h)) ? [] : s.headings.slice(1))).filter((h) => LEVEL.test(h) && h.split(' ').length <= 6),
  );
  // A page with no "Specialties" heading may still say in its text that developers specialize.
  if (specializations.length === 0) {
    const mention = page.sections.find((s) => /speciali[sz](e|ation)/i.test(s.text));
    if (mention) parts.push({ heading: 'Specialization', text: extractPassage(mention.text, (terms) => ([...terms].some((t) => t.startsWith('special')) ? 1 : 0), { maxChars: PART_CHARS }), url: mention.url });
  }
  return { found: true, title: page.title, url: page.url, path: page.path, parts, specializations, levels };
}

/**
 * The section holding the part asked for (found as `describeRole` finds it) of the page at `path`, if
 * it is a role page whose title says every word of `name` (stemmed: "backend engineers" for *Backend
 * Engineering*), or of what the synonym groups say it means. The page is the search's to choose: a
 * name as general as "engineer" is said by many titles (*Data Engineering* the shortest), and
 * "intern" by *Legal Intern*, which the search ranked fifth for "what are the requirements for an
 * intern?".
 */
export function findRolePart(sections: Section[], config: KnowledgeConfig, name: string, part: RolePartAsked, { path, synonyms = [] }: { path: string; synonyms?: SynonymGroups }): Section | undefined {
  const page = rolePages(sections, config).find((candidate) => candidate.path === path);
  if (!page || ![name, ...meanings(name, synonyms)].some((said) => saysEveryWord(page.titleTerms, said))) return undefined;
  return findPart(page, PART_ASKED[part]);
}

/** A part headed as either of two are. */
function eitherPart(a: Part, b: Part): Part {
  const either = (x: RegExp, y: RegExp) => new RegExp(`(?:${x.source})|(?:${y.source})`, 'i');
  return { top: either(a.top, b.top), anywhere: either(a.anywhere, b.anywhere) };
}

/** The part's section: among the page's top headings by the words job pages use, else deeper by the plain heading, outside the specialties. */
function findPart(page: RolePage, { top, anywhere }: Part): Section | undefined {
  return (
    page.sections.find((s) => s.headings.length === 2 && top.test(s.headings[1]!)) ??
    page.sections.find((s) => s.headings.length > 2 && anywhere.test(s.headings.at(-1)!) && !s.headings.some((h) => SPECIALIZATION_PARENT.test(h)))
  );
}

/** Role pages, read once per index (the sections and config of one index never change). */
const rolePagesOf = new WeakMap<Section[], WeakMap<KnowledgeConfig, RolePage[]>>();

function rolePages(sections: Section[], config: KnowledgeConfig): RolePage[] {
  let byConfig = rolePagesOf.get(sections);
  if (!byConfig) rolePagesOf.set(sections, (byConfig = new WeakMap()));
  let pages = byConfig.get(config);
  if (!pages) byConfig.set(config, (pages = readRolePages(sections, config)));
  return pages;
}

function readRolePages(sections: Section[], config: KnowledgeConfig): RolePage[] {
  const roleSources = roleSourceNames(config);
  const pages = new Map<string, RolePage>();
  for (const section of sections) {
    if (!roleSources.has(section.source)) continue;
    const page = pages.get(section.path) ?? { title: section.pageTitle, titleTerms: new Set(textTerms(section.pageTitle)), path: section.path, url: section.url.replace(/#.*$/, ''), sections: [] };
    page.sections.push(section);
    pages.set(section.path, page);
  }
  return [...pages.values()];
}

/**
 * The page for a role name: by its words, else by what the synonym groups say they mean ("SRE": site
 * reliability engineer), the first of those that finds one.
 */
function findRole(pages: RolePage[], name: string, synonyms: SynonymGroups): RolePage | undefined {
  for (const said of [name, ...meanings(name, synonyms)]) {
    const page = bestTitleMatch(pages, said);
    if (page) return page;
  }
  return undefined;
}

function saysEveryWord(titleTerms: ReadonlySet<string>, name: string): boolean {
  const wanted = [...new Set(textTerms(name))];
  return wanted.length > 0 && sharedWords(wanted, titleTerms) === wanted.length;
}

/** How many of the wanted (distinct) terms a title says, a term also counting as the start of a longer one ("engineer" in "engineering"). */
function sharedWords(wanted: readonly string[], titleTerms: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of wanted) if (titleTerms.has(term) || [...titleTerms].some((t) => t.startsWith(term) && term.length >= 4)) shared++;
  return shared;
}

/** The name with the words a synonym group names replaced by each other way of saying them. */
function meanings(name: string, synonyms: SynonymGroups): string[] {
  const tokens = tokenize(name, { keepCase: true });
  return expandSynonyms(tokens, synonyms).map(({ from, to }) => [...tokens.filter((token) => !from.includes(token.toLowerCase())), ...to].join(' '));
}

/**
 * Best title match by shared (stemmed) words; ties go to the shorter, more general title, then to the
 * page with more sections (two pages are titled *Engineering Fellow*, one of them a stub).
 */
function bestTitleMatch(pages: RolePage[], name: string): RolePage | undefined {
  const wanted = [...new Set(textTerms(name))];
  if (wanted.length === 0) return undefined;
  let best: { page: RolePage; score: number } | undefined;
  for (const page of pages) {
    const shared = sharedWords(wanted, page.titleTerms);
    if (shared === 0) continue;
    const score = shared / wanted.length + shared / (page.titleTerms.size + 1) * 0.5;
    if (!best || score > best.score || (score === best.score && isBetterTie(page, best.page))) best = { page, score };
  }
  return best && best.score >= 0.6 ? best.page : undefined;
}

function isBetterTie(page: RolePage, than: RolePage): boolean {
  return page.title.length < than.title.length || (page.title.length === than.title.length && page.sections.length > than.sections.length);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
