/**
 * A linear ranker over `PAGE_FEATURES`, learned from labelled questions (`onboard train-ranker`). This
 * file imports nothing, so that the index's type can name it without the ranking code joining the
 * sources whose change invalidates the index cache.
 */
export interface PageRanker extends AnswerCounts {
  weights: Readonly<Record<PageFeature, number>>;
  /** How the quoted page's sections are weighed as the one to quote; without them (a ranker made by hand, or one learned before them), the hand-set weighing. */
  sectionWeights?: Readonly<Record<SectionFeature, number>>;
}

/** Labelled questions' counts, learned with a ranker's weights. */
export interface AnswerCounts {
  /** What `topicPrior` and `topicWords` read; without it (a ranker made by hand) they are 0 for every page. */
  topics?: TopicCounts;
  /** What `pagePrior` and `pageWords` read, with `topics` (without both they are 0 for every page), and the quoted section's odds (`sectionOdds`). */
  pages?: PageCounts;
}

/**
 * Where labelled questions were answered, by topic (`topicOf`), and with which words: learned with the
 * weights, read as the page's topic's prior (`topicPrior`) and its fit to a question's words (`topicWords`).
 */
export interface TopicCounts {
  /** How many questions' worth of each topic's share of the pages the `answered` counts are smoothed with. */
  smoothing: number;
  /** The questions counted: the sum of `answered`. */
  questions: number;
  /** Per topic, how many of them its pages answered. */
  answered: Readonly<Record<string, number>>;
  /** How many words' worth of all the questions' use of a word each topic's own use is smoothed with. */
  wordSmoothing: number;
  /** Per topic, per index term, how many of the questions its pages answered used the term. */
  words: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** The same counts by page (`pageKeyOf`), each read against its topic's (`pagePrior`, `pageWords` in answer-counts.ts). */
export interface PageCounts {
  /** How many questions' worth of an even share of its topic's questions each page's count is smoothed with. */
  smoothing: number;
  /** How many words' worth of its topic's word use each page's own is smoothed with. */
  wordSmoothing: number;
  /** Per page, how many of the questions it answered. */
  answered: Readonly<Record<string, number>>;
  /** Per page, per index term, how many of the questions it answered used the term. */
  words: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** How many questions' worth of an even share of its page's questions each section's count is smoothed with. */
  sectionSmoothing: number;
  /** Per page, per section heading (lower case), how many of the questions it answered were answered there (`sectionOdds`). */
  sections: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** How many words' worth of its page's word use each section's own is smoothed with. */
  sectionWordSmoothing: number;
  /** Per page, per section heading (lower case), per index term, how many of the questions answered there used the term. */
  sectionWords: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>>;
}

/**
 * What a learned ranker weighs about each of the first pages. The word search's own score comes first:
 * the others say how it should be corrected (a page that names the question's topic in its outline,
 * that several of its sections match, that the knowledge config favours).
 */
export const PAGE_FEATURES = [
  /** log(score / first page's score): 0 for the first page, negative below it. */
  'scoreRatio',
  /** Rarity-weighted share of the question's concepts that some matched section of the page mentions. */
  'pageCoverage',
  /** The same share for the page title. */
  'titleCoverage',
  /** The same share for the title and the headings of the top two levels. */
  'outlineCoverage',
  /** The same share for the best section's own heading. */
  'headingCoverage',
  /** log of the best section's prior (the config's boosts, depth, near-empty and navigation penalties). */
  'prior',
  /** 1 / place among the pages reranked: the word search's order, the pages the counts chose last (`pagesToRerank`). */
  'reciprocalRank',
  /** log(1 + the page's matched sections). */
  'matchedSections',
  /** 1 when the question names a source and the page is from it. */
  'namedSource',
  /** How well the question's words fit the page's topic folder (`topicMatch`), less the best fit among the pages. */
  'topicMatch',
  /** log of how much more often labelled questions were answered from the page's topic than its share of the pages says (`topicPrior`). */
  'topicPrior',
  /** How much more often the questions answered from the page's topic used the question's words than all of them did (`topicWords`). */
  'topicWords',
  /** log of how much more often labelled questions were answered from this page than from the others of its topic (`pagePrior`). */
  'pagePrior',
  /** How much more often the questions answered from this page used the question's words than those of its topic (`pageWords`). */
  'pageWords',
  /** The share of the page title's words the question says: a title naming what was not asked is about something narrower. */
  'titlePrecision',
  /** The same share for the best section's own heading, less the title's words (0 for a heading in those alone). */
  'headingPrecision',
] as const;

export type PageFeature = (typeof PAGE_FEATURES)[number];

/**
 * What weighs one of the quoted page's sections as the one to quote (`chooseSection`), in log space:
 * its weight is exp of their weighted sum. The first four are the hand-set weighing's; the others let
 * a learned one say more.
 */
export const SECTION_FEATURES = [
  /** log(search score / the page's best section's). */
  'score',
  /** log of the share of the question the section's own heading and text say (its relevance over the whole question's). */
  'said',
  /** log of the section counts' odds (`sectionOdds`): how much more often labelled questions were answered there. */
  'odds',
  /** log of `headingFit`: how much of the question its own heading says, and how little else. */
  'fit',
  /** The share of the question its text alone says. */
  'textSaid',
  /** The share its heading path says (the page title and the parents' headings too). */
  'pathSaid',
  /** How many headings below the page title it sits (0 for the page's opening text). */
  'depth',
  /** log(1 + its length in thousands of characters). */
  'length',
  /** 1 for a section under 100 characters: a heading with a line, or a link. */
  'short',
  /** 1 / (1 + its place among the page's sections by search score). */
  'rank',
] as const;

export type SectionFeature = (typeof SECTION_FEATURES)[number];
