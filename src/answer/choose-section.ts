import type { PageHit, SectionHit } from '../search/search-sections.js';
import type { SectionOdds } from '../search/answer-counts.js';
import { SECTION_FEATURES, type SectionFeature } from '../search/page-ranker.js';
import { dot } from '../search/rerank-pages.js';
import { termsIn, type Relevance } from './extract-passage.js';
import { headingFit, MOST_HEADING_FIT } from './heading-fit.js';

/**
 * Where the page is sure but a second section of it weighs at least this share of the first as the one
 * to quote, the answer quotes that section too: a reader then sees both rather than the one that may
 * be the wrong part of the right page. With the hand-set weighing, holding out one eval file at a time
 * over the 438 answerable tuning questions, the expected phrase was in the answer for 225 without it,
 * 229 at 0.4 and 0.3, 230 at 0.2; 0.3 was taken. The learned weights tell sections further apart, and
 * at 0.3 quoted a close second section in 209 of the 2,464 tuning answers against 346 by hand; at
 * 0.15, 355. The whole path over the forty-two tuning sets, holding out a file at a time: the phrase
 * 1,102 at 0.3 and 1,108 at 0.15 (first passage 1,025 and 1,023); over two random 5-fold splits 1,071
 * and 1,078 at 0.3, 1,079 and 1,085 at 0.15, 1,074 at 0.2 and 1,079 at 0.1 on the first.
 */
export const CLOSE_SECTION = 0.15;
/** How much less a close second may weigh, in the log space weights are added in. */
const CLOSE_GAP = Math.log(CLOSE_SECTION);
/**
 * The section counts' odds (`sectionOdds`) are weighed raised to this power: they count a few labelled
 * questions a section (four of the thirteen counted on the code review page were *Senior+
 * Maintainers*, one question asked four ways), and at full strength they outweighed what a section's
 * own heading and text say of a question asked in other words. Holding out one eval file at a time
 * over the 438 answerable tuning questions, the expected phrase in the first passage: 222 at 1, 224 at
 * 0.75, 222 at 0.65, 216 at 0.5; over two random 5-fold splits 215 → 219 and 216 → 217 at 0.75, 211
 * and 211 at 0.5 (in either passage 238 → 240, 238 → 239, 233 → 232 at 0.75).
 */
export const SECTION_ODDS_POWER = 0.75;
/** Sections of the best page weighed as the one to quote: its best few are enough and keep answering fast. */
const ANSWER_SECTION_CANDIDATES = 12;
/** The least share of the question a section's heading and text say that `said` reads: a section saying none of it is all but never quoted. */
const LEAST_SAID = 0.01;

export type SectionWeights = Readonly<Record<SectionFeature, number>>;

/**
 * The hand-set weighing of `SECTION_FEATURES`: search score × the share said² × odds^`SECTION_ODDS_POWER`
 * × heading fit. The weights a ranker learns (`onboard train-ranker`) start from it.
 */
export const HAND_SECTION_WEIGHTS: SectionWeights = {
  score: 1, said: 2, odds: SECTION_ODDS_POWER, fit: 1, textSaid: 0, pathSaid: 0, depth: 0, length: 0, short: 0, rank: 0,
};

/** What choosing the section to quote reads of the question, the same for every page. */
export interface QuestionReading {
  relevance: Relevance;
  terms: ReadonlySet<string>;
  /** The relevance of the whole question. */
  whole: number;
  /** The question's terms a section's text holds. */
  textTermsOf: (sectionId: number) => Set<string>;
}

/** What it reads of one page, and whether to look for a runner-up. */
export interface PageReading {
  titleTerms: ReadonlySet<string>;
  odds?: SectionOdds;
  findCloseSection: boolean;
}

/** A page with the section to quote first, and its runner-up where one was looked for and weighs at least `CLOSE_SECTION` of it. */
export interface SectionChoice {
  page: PageHit;
  closeSection?: SectionHit;
}

/** A candidate section and its `SECTION_FEATURES`, in order. */
export interface SectionCandidate {
  hit: SectionHit;
  row: number[];
  /** Whether its heading and text say anything of the question: one that says nothing is never a close second. */
  saysAny: boolean;
}

/**
 * The page's best `ANSWER_SECTION_CANDIDATES` sections by search score, each with its features. A
 * subsection inherits its parents' headings, so it can match a question through them while its parent,
 * or a sibling, holds the answer: what its own heading and text say tells them apart.
 */
export function sectionCandidates(page: PageHit, reading: QuestionReading, pageReading: Pick<PageReading, 'titleTerms' | 'odds'>): SectionCandidate[] {
  const read = readerOf(reading, pageReading);
  return candidatesOf(page, pageReading.odds).map(({ hit, known }) => {
    const { features, saysAny } = read(hit);
    return { hit, row: rowOf({ ...known, ...features }), saysAny };
  });
}

/**
 * Within a page, the section to quote (and link to): the candidate the weights weigh most, moved to the
 * front of the page's hits. With `findCloseSection` (one page quoted), also the runner-up, where it
 * weighs at least `CLOSE_SECTION` of it. A candidate whose heading and text could not make it either,
 * saying all they could, is not read.
 */
export function chooseSection(page: PageHit, reading: QuestionReading, pageReading: PageReading, weights: SectionWeights = HAND_SECTION_WEIGHTS): SectionChoice {
  const read = readerOf(reading, pageReading);
  const vector = SECTION_FEATURES.map((feature) => weights[feature]);
  const mostRead = READ_FEATURES.reduce((sum, feature) => sum + Math.max(...READ_RANGES[feature].map((value) => value * weights[feature])), 0);
  let best: Weighed | undefined;
  let runnerUp: Weighed | undefined;
  for (const { hit, known } of candidatesOf(page, pageReading.odds)) {
    const most = KNOWN_FEATURES.reduce((sum, feature) => sum + known[feature] * weights[feature], mostRead) + ROUNDING;
    if (best && !couldMatter(most, best, runnerUp, pageReading.findCloseSection)) continue;
    const { features, saysAny } = read(hit);
    const candidate = { hit, saysAny, weight: dot(rowOf({ ...known, ...features }), vector) };
    if (!best || candidate.weight > best.weight) [runnerUp, best] = [best, candidate];
    else if (!runnerUp || candidate.weight > runnerUp.weight) runnerUp = candidate;
  }
  const ordered = !best || best.hit === page.hits[0] ? page : { ...page, hits: [best.hit, ...page.hits.filter((hit) => hit !== best.hit)] };
  const close = pageReading.findCloseSection && best && runnerUp?.saysAny && runnerUp.weight - best.weight >= CLOSE_GAP;
  return close ? { page: ordered, closeSection: runnerUp!.hit } : { page: ordered };
}

/** Whether a candidate weighing at most `most` could be quoted, or be the close second quoted with it. */
function couldMatter(most: number, best: Weighed, runnerUp: Weighed | undefined, findCloseSection: boolean): boolean {
  if (most > best.weight) return true;
  return findCloseSection && most > (runnerUp?.weight ?? -Infinity) && most >= best.weight + CLOSE_GAP;
}

interface Weighed {
  hit: SectionHit;
  saysAny: boolean;
  weight: number;
}

/** The features read from a section's heading and text, and the range each can take; the others are known from its score, place, odds and length. */
const READ_RANGES = { said: [Math.log(LEAST_SAID), 0], fit: [0, Math.log(MOST_HEADING_FIT)], textSaid: [0, 1], pathSaid: [0, 1] } as const satisfies Partial<Record<SectionFeature, readonly [number, number]>>;
type ReadFeature = keyof typeof READ_RANGES;
type KnownFeature = Exclude<SectionFeature, ReadFeature>;
const READ_FEATURES = Object.keys(READ_RANGES) as ReadFeature[];
const KNOWN_FEATURES = SECTION_FEATURES.filter((feature): feature is KnownFeature => !(feature in READ_RANGES));
/** Slack for a bound added up in another order than the weight it bounds. */
const ROUNDING = 1e-9;

/** The candidates, best first by score, with the features known before their heading and text are read (the odds look its heading up). */
function candidatesOf(page: PageHit, odds: SectionOdds | undefined): { hit: SectionHit; known: Record<KnownFeature, number> }[] {
  const candidates = page.hits.slice(0, ANSWER_SECTION_CANDIDATES).sort((a, b) => b.score - a.score);
  const top = candidates[0]?.score ?? 1;
  return candidates.map((hit, place) => {
    const { headings, text } = hit.section;
    return {
      hit,
      known: {
        score: Math.log(hit.score / top),
        odds: Math.log(odds?.of(headings.at(-1) ?? '') ?? 1),
        depth: headings.length - 1,
        length: Math.log(1 + text.length / 1000),
        short: text.length < 100 ? 1 : 0,
        rank: 1 / (1 + place),
      },
    };
  });
}

/** What a section's heading and text say of the question. */
function readerOf(
  { relevance, terms: questionTerms, whole, textTermsOf }: QuestionReading,
  { titleTerms }: Pick<PageReading, 'titleTerms'>,
): (hit: SectionHit) => { features: Record<ReadFeature, number>; saysAny: boolean } {
  const fitOf = headingFit(titleTerms, relevance, questionTerms, whole);
  const share = (value: number) => (whole > 0 ? value / whole : 0);
  return (hit) => {
    const { headings } = hit.section;
    const heading = headings.at(-1) ?? '';
    const headingTerms = termsIn(heading);
    const inText = textTermsOf(hit.section.id);
    const said = new Set(inText);
    for (const term of headingTerms) if (questionTerms.has(term)) said.add(term);
    const saidShare = share(relevance(said));
    const pathTerms = new Set([...termsIn(headings.join(' '))].filter((term) => questionTerms.has(term)));
    const features = {
      said: Math.log(Math.max(saidShare, LEAST_SAID)),
      fit: Math.log(fitOf(headingTerms)),
      textSaid: share(relevance(inText)),
      pathSaid: share(relevance(pathTerms)),
    };
    return { features, saysAny: saidShare > 0 };
  };
}

function rowOf(features: Record<SectionFeature, number>): number[] {
  return SECTION_FEATURES.map((feature) => features[feature]);
}
