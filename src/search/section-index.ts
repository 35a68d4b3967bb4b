import MiniSearch from 'minisearch';
import type { KnowledgeConfig } from '../knowledge/knowledge-config.js';
import type { Section } from '../knowledge/types.js';
import { AcronymCounter, definedAcronyms, withAcronyms, type DefinedAcronym } from './defined-acronyms.js';
import { FIELDS, sectionFieldTexts, sectionTerms, type Field } from './index-terms.js';
import { sectionPrior } from './section-prior.js';
import type { PageRanker } from './page-ranker.js';
import type { SynonymGroups } from './synonyms.js';

/** Documents carry their fields as pre-normalised terms joined by spaces: tokenising happens once, here. */
export type IndexedDocument = { id: number } & Record<Field, string>;

export interface SectionIndex {
  sections: Section[];
  minisearch: MiniSearch<IndexedDocument>;
  /** In how many sections each term occurs: for weighting query terms and measuring coverage. */
  documentFrequency: Map<string, number>;
  /** Per section, the prior from `sectionPrior`. */
  priors: Float32Array;
  config: KnowledgeConfig;
  /** The synonyms file's groups, then a group for each acronym the knowledge defines that the file does not list. */
  synonyms: SynonymGroups;
  /** The acronyms the knowledge spells out ("directly responsible individual (DRI)"). */
  acronyms: DefinedAcronym[];
  /** Learned from labelled questions (`onboard train-ranker`); without one, pages keep the word search's order. */
  ranker?: PageRanker;
}

const splitTerms = (value: string) => (value === '' ? [] : value.split(' '));
const keepTerm = (term: string) => term;

export function minisearchOptions() {
  return {
    fields: [...FIELDS],
    storeFields: [],
    tokenize: splitTerms,
    processTerm: keepTerm,
    searchOptions: { tokenize: splitTerms, processTerm: keepTerm },
  };
}

/** Past a few repeats BM25 barely counts a term again; indexing each repeat only costs build time. */
export const MAX_REPEATS = 2;

function capRepeats(terms: string[]): string[] {
  const counts = new Map<string, number>();
  const kept: string[] = [];
  for (const term of terms) {
    const count = (counts.get(term) ?? 0) + 1;
    counts.set(term, count);
    if (count <= MAX_REPEATS) kept.push(term);
  }
  return kept;
}

/** What indexing takes from one section. */
export interface PreparedSection {
  document: IndexedDocument;
  /** Every term of the section once, for `documentFrequency`. */
  distinctTerms: Set<string>;
  prior: number;
}

/**
 * One section as `buildSectionIndex` adds it to MiniSearch. The index a bot uses is built by the cache
 * builder (`encodeCacheShard`, with `TermIds`); this plain path is the reference the cache tests compare it with.
 */
export function prepareSection(section: Section, config: KnowledgeConfig): PreparedSection {
  const terms = sectionTerms(section);
  const fieldTerms = Object.fromEntries(FIELDS.map((field) => [field, capRepeats(terms[field])])) as Record<Field, string[]>;
  return {
    document: { id: section.id, ...(Object.fromEntries(FIELDS.map((field) => [field, fieldTerms[field].join(' ')])) as Record<Field, string>) },
    distinctTerms: new Set(FIELDS.flatMap((field) => terms[field])),
    prior: sectionPrior(section, config),
  };
}

/** How rare a term is across sections (an IDF): rare words say more about what a question asks. */
export function termRarity(index: Pick<SectionIndex, 'sections' | 'documentFrequency'>, term: string): number {
  return Math.log(1 + index.sections.length / (index.documentFrequency.get(term) ?? 0.5));
}

export function buildSectionIndex(sections: Section[], config: KnowledgeConfig, synonyms: SynonymGroups): SectionIndex {
  const minisearch = new MiniSearch<IndexedDocument>(minisearchOptions());
  const documentFrequency = new Map<string, number>();
  const priors = new Float32Array(sections.length);
  const counter = new AcronymCounter();
  for (const section of sections) {
    const prepared = prepareSection(section, config);
    for (const term of prepared.distinctTerms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    minisearch.add(prepared.document);
    priors[section.id] = prepared.prior;
    counter.add(sectionFieldTexts(section).text);
  }
  const acronyms = definedAcronyms([counter.counts()]);
  return { sections, minisearch, documentFrequency, priors, config, synonyms: withAcronyms(synonyms, acronyms, documentFrequency), acronyms };
}
