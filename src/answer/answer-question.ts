import type { Section } from '../knowledge/types.js';
import { termRarity, type SectionIndex } from '../search/section-index.js';
import { conceptCoverage, type ParsedQuestion } from '../search/parse-question.js';
import { searchSections, type PageHit, type SectionHit } from '../search/search-sections.js';
import type { AskOptions } from './assistant.js';
import { acronymAlone, acronymAskedAbout, findDefinition, knowsAcronym, type AcronymDefinition } from './define-acronym.js';
import { extractPassage, WHOLE_SECTION_CHARS, type Relevance } from './extract-passage.js';
import { declines, type DeclineModel, type FoundAnswer } from './decline-model.js';
import { findOutOfReach } from './find-out-of-reach.js';
import { formatOutline, outlineToQuote } from './outline-section.js';
import { chooseSection } from './choose-section.js';
import { readQuestion } from './read-question.js';
import { findRolePart } from './describe-role.js';
import { rolePartAsked } from './role-question.js';
import type { Answer, AnswerSource, Confidence } from './types.js';

export const MAX_SOURCES = 5;
/** Questions are chat messages; anything longer is pasted text, searched by its start. */
export const MAX_QUESTION_CHARS = 2_000;

export const EMPTY_QUESTION_MESSAGE =
  'Ask me a question about your role, your workflow or the handbook, e.g. "What should I do if master is broken?"';
export const NOT_COVERED_MESSAGE = "The handbook doesn't seem to cover that.";
export const outOfReachMessage = (asks: string) => `The handbook can't answer that: it doesn't hold ${asks}.`;
export const notSpelledOutMessage = (acronym: string) => `The handbook doesn't seem to spell out ${acronym}.`;

/**
 * Coverage (the rarity-weighted share of the question's concepts that the best section mentions)
 * at or above which an answer is confident, and below which the bot declines. `high` is calibrated
 * on the dev eval set (`npm run eval`), which does not move for `low` anywhere from 0.3 to 0.5. A
 * second set of 38 questions, written independently and longer and chattier, had 13% of its
 * answerable questions declined at 0.5 and 5% at 0.35: a long question spreads its weight over
 * words no section repeats. Questions no handbook answers are declined by `outOfReach` instead.
 */
const THRESHOLDS = { high: 0.72, low: 0.35 };
/**
 * Below this probability (the learned ranker's) that the page answered from is the right one, the answer
 * quotes the second page too: a reader then sees both candidates rather than one that may be wrong.
 * Cross-validated on the 438 answerable tuning questions, the expected phrase was in the answer for
 * 156 with one passage; quoting the second page below 0.5, 0.6, 0.7 and 0.8 gave 166, 174, 176 and 179,
 * for 146, 208, 270 and 331 answers with two passages. 0.6 is where the gain per second quote falls off.
 * With the ranker's topic features, more sure of its pages: 174 with one passage; 190, 194, 197 and
 * 201 below 0.5 to 0.8, for 109, 145, 193 and 226 answers with two.
 */
const UNSURE_PAGE = 0.6;
/** The second passage is shorter: 400 characters held the expected phrase as often as 600. A second run of the quoted section is as long. */
const SECOND_PASSAGE_CHARS = 400;
/**
 * For a question asking for an amount ("how big should a PR be?", "learning budget sg"), a sentence
 * stating one ("Divide PRs longer than 400 lines") weighs this share of the question's average concept
 * more in the quote: the number is the answer, and shares no word with the question. Holding out one
 * eval file at a time over the 1,036 answerable tuning questions of twenty-four sets, the expected
 * phrase in the answer 551 without it, 558 at 0.5, 563 at 1, 561 at 2 (first passage 496, 502, 504,
 * 503); over a random 5-fold split 537 → 550 at 1 (first passage 471 → 481).
 */
const AMOUNT_SHARE = 1;

/** `decline`: the learned decline model (`decline.json`), which declines questions no handbook answers beyond the config's `outOfReach` kinds. */
export function answerQuestion(index: SectionIndex, rawQuestion: string, options: AskOptions = {}, decline?: DeclineModel): Answer {
  const found = findAnswer(index, rawQuestion, options);
  if ('answer' in found) return found.answer;
  const { question, sources } = found;
  if (found.declinedBecause) return declinedAnswer(question, found.declinedBecause, sources);
  if (decline && declines(decline, question, found)) return declinedAnswer(question, NOT_COVERED_MESSAGE, sources);
  return quoteAnswer(index, found);
}

/** What the bot found for a question: the pages, the section to quote first, and what it leaves unsaid. */
export interface Found extends FoundAnswer {
  question: string;
  pages: PageHit[];
  sources: AnswerSource[];
  /** Why the bot declines whatever a decline model says (too little covered, a kind no handbook answers, an acronym never spelled out). */
  declinedBecause?: string;
  /** How many pages' sections are quoted: the second too where the ranker is unsure of the first. */
  quoted: 1 | 2;
  /** A second section of the first page, quoted too where one page is quoted and the section to quote is a close call. */
  closeSection?: SectionHit;
  relevance: Relevance;
  questionTerms: ReadonlySet<string>;
  /** What a sentence stating an amount gains in the quote, for a question asking for one (`AMOUNT_SHARE`); 0 otherwise. */
  amountWeight: number;
}

/**
 * What the bot finds for a question before a decline model reads it, which `onboard train-decline`
 * learns from; an answer already made where nothing is searched (an empty question, an acronym spelled
 * out), a role page's part answers it, or nothing is found.
 */
export function findAnswer(index: SectionIndex, rawQuestion: string, options: AskOptions = {}): Found | { answer: Answer } {
  const question = rawQuestion.trim().slice(0, MAX_QUESTION_CHARS);
  if (!question) return { answer: { question, answer: EMPTY_QUESTION_MESSAGE, confidence: 'none', sources: [] } };
  const asked = acronymAskedAbout(question);
  const defining = asked ?? acronymAlone(question);
  const definition = defining === undefined ? undefined : findDefinition(index, defining, question);
  if (definition) return { answer: definitionAnswer(question, definition) };
  const result = searchSections(index, question, options.context);
  const parsed = result.question;
  const reading = readQuestion(index, parsed);
  const { relevance, terms: questionTerms } = reading;
  const rolePart = rolePartOf(index, question, result.pages);
  if (rolePart) return { answer: rolePartAnswer(question, rolePart, result.pages, extractPassage(rolePart.text, relevance, { vocabulary: questionTerms, wholeUpTo: WHOLE_SECTION_CHARS })) };
  const listed = result.pages.slice(0, MAX_SOURCES);
  const quoted = quotesSecondPage(listed, parsed.sources) ? 2 : 1;
  const choose = (page: PageHit) => chooseSection(page, reading, reading.pageReading(page.path, quoted === 1), index.ranker?.sectionWeights);
  const choices = listed.map((page, rank) => (rank < quoted ? choose(page) : { page }));
  const pages = choices.map((choice) => choice.page);
  const closeSection = choices[0]?.closeSection;
  const sources = pages.map(toSource);
  const best = pages[0]?.hits[0];
  if (!best) return { answer: { question, answer: NOT_COVERED_MESSAGE, confidence: 'none', sources } };
  const coverageOf = answeredCoverage(index, parsed);
  const confidence = confidenceOf(coverageOf(best), Math.max(0, ...pages.map((page) => coverageOf(page.hits[0]!))), parsed.concepts.length);
  const declinedBecause = whyDeclined(index, question, asked, confidence);
  const unsaid = best.mentioned.filter((mentioned) => !mentioned).length;
  const amountWeight = parsed.asksAmount ? AMOUNT_SHARE * meanConceptWeight(index, parsed) : 0;
  return { question, pages, sources, declinedBecause, quoted, closeSection, relevance, questionTerms, amountWeight, unsure: !declinedBecause && confidence === 'low', unsaid };
}

/** Why the bot declines a question it found pages for, before any decline model reads it. */
function whyDeclined(index: SectionIndex, question: string, asked: string | undefined, confidence: Confidence): string | undefined {
  const outOfReach = findOutOfReach(question, index.config.outOfReach);
  if (outOfReach) return outOfReachMessage(outOfReach.asks);
  // Pages that use an acronym without saying what it stands for do not answer what it stands for.
  if (asked !== undefined && !knowsAcronym(index, asked)) return notSpelledOutMessage(asked);
  if (confidence === 'none') return NOT_COVERED_MESSAGE;
  return undefined;
}

function declinedAnswer(question: string, message: string, sources: AnswerSource[]): Answer {
  return { question, answer: `${message} The closest pages I found are below.`, confidence: 'none', sources };
}

/** The answer's text: the best section's passage or outline, and the second page's, or the first page's close second section, where it is quoted too. */
function quoteAnswer(index: SectionIndex, { question, pages, sources, quoted, closeSection, relevance, questionTerms, amountWeight, unsure }: Found): Answer {
  const confidence: Confidence = unsure ? 'low' : 'high';
  const best = pages[0]!.hits[0]!;
  const outline = outlineToQuote(index.sections, best.section, relevance, questionTerms);
  const linked = outline ? [{ ...sources[0]!, section: sectionLabel(outline.heading), url: outline.heading.url }, ...sources.slice(1)] : sources;
  const second = quoted === 2 ? pages[1]!.hits[0]! : outline ? undefined : closeSection;
  // An answer quotes a second passage or a second run of its section, not both: a whole section of up to
  // WHOLE_SECTION_CHARS and a 400-character second passage at most.
  const secondRunChars = second ? 0 : SECOND_PASSAGE_CHARS;
  const answer = outline ? formatOutline(outline) : extractPassage(best.section.text, relevance, { vocabulary: questionTerms, secondRunChars, wholeUpTo: WHOLE_SECTION_CHARS, amountWeight });
  if (!second) return { question, answer, confidence, sources: linked };
  const secondPassage = extractPassage(second.section.text, relevance, { vocabulary: questionTerms, maxChars: SECOND_PASSAGE_CHARS, amountWeight });
  // The renderers quote the second passage under the second source: a close section is linked there, before the other pages.
  const withSecond = second === closeSection ? [linked[0]!, sourceOf(second.section, pages[0]!.score), ...linked.slice(1, MAX_SOURCES - 1)] : linked;
  return { question, answer, confidence, sources: withSecond, secondPassage };
}

/**
 * The section with the part of a role page a question asks for and nothing more ("what does a backend
 * engineer do?": its responsibilities; "what are the requirements for a backend engineer?"), where the
 * page the search answers from is that role's page: a role page whose title says every word the
 * question names the role by. The search alone quoted a job family's *Performance Indicators* for the
 * first, *Intermediate Frontend Engineer* for the frontend one, and a specialty's *Requirements* for
 * the second: every section of a job family says the role's name.
 */
function rolePartOf(index: SectionIndex, question: string, pages: readonly PageHit[]): Section | undefined {
  const asked = rolePartAsked(question);
  const first = pages[0];
  return asked && first && findRolePart(index.sections, index.config, asked.role, asked.part, { path: first.path, synonyms: index.synonyms });
}

/** The role page's part quoted and linked first (the page is the search's first), then the other pages the search found. */
function rolePartAnswer(question: string, part: Section, pages: PageHit[], answer: string): Answer {
  const [rolePage, ...others] = pages.slice(0, MAX_SOURCES);
  return { question, answer, confidence: 'high', sources: [sourceOf(part, rolePage!.score), ...others.map(toSource)] };
}

/** What an acronym stands for, quoted from the section that spells it out, linked first. */
function definitionAnswer(question: string, { result, relevance, terms }: AcronymDefinition): Answer {
  const pages = result.pages.slice(0, MAX_SOURCES);
  const answer = extractPassage(pages[0]!.hits[0]!.section.text, relevance, { vocabulary: terms, wholeUpTo: WHOLE_SECTION_CHARS });
  return { question, answer, confidence: 'high', sources: pages.map(toSource) };
}

/**
 * Whether to quote the second page too: the ranker gives the page answered from less than
 * `UNSURE_PAGE`, and the second page is from a source the question names, if it names any ("sg
 * on-call" wants no second guess from GitLab's handbook: 3 fewer second passages of 208, no phrase
 * fewer, in the cross-validation above).
 */
function quotesSecondPage(pages: PageHit[], namedSources: readonly string[]): boolean {
  const [first, second] = pages;
  if (first?.probability === undefined || second === undefined || first.probability >= UNSURE_PAGE) return false;
  return namedSources.length === 0 || namedSources.includes(second.hits[0]!.section.source);
}

/**
 * How much of the question a section covers, for how sure the answer is: its share of all the question's
 * concepts, or of those its asking sentences say, whichever is more. A long message is mostly the
 * asker's situation ("i'm shadowing my first incident today and people keep throwing around acronyms…
 * what does the CMOC person actually do?"), which no section repeats. The bot declines only when no
 * listed page covers enough, so that a first page that is partial still answers, unsure.
 */
function answeredCoverage(index: SectionIndex, question: ParsedQuestion): (hit: SectionHit) => number {
  if (question.asked.every(Boolean)) return (hit) => hit.coverage;
  const asked = question.concepts.filter((_, i) => question.asked[i]);
  const askedShare = conceptCoverage(index, asked);
  return (hit) => Math.max(hit.coverage, askedShare(hit.mentioned.filter((_, i) => question.asked[i])));
}

/** The rarity weight of the question's average concept. */
function meanConceptWeight(index: SectionIndex, question: ParsedQuestion): number {
  const weights = question.concepts.map((concept) => termRarity(index, concept.term));
  return weights.length === 0 ? 0 : weights.reduce((sum, weight) => sum + weight, 0) / weights.length;
}

function confidenceOf(answered: number, best: number, concepts: number): Confidence {
  if (concepts === 0 || best < THRESHOLDS.low) return 'none';
  return answered >= THRESHOLDS.high ? 'high' : 'low';
}

function toSource(page: PageHit): AnswerSource {
  return sourceOf(page.hits[0]!.section, page.score);
}

function sourceOf(section: Section, score: number): AnswerSource {
  return { title: section.pageTitle, section: sectionLabel(section), url: section.url, path: section.path, score: round(score) };
}

export function sectionLabel(section: Pick<Section, 'headings'>): string {
  return section.headings.slice(1).join(' › ');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
