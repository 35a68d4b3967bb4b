import { beyondTitle } from '../search/page-outline.js';
import type { Relevance } from './extract-passage.js';

/**
 * How much more a section weighs as the one to quote for each share of the question its own heading
 * says: *Mandatory channels for all teammates* for "which slack channels are mandatory?", *Finishing
 * merge requests* for "can I finish an abandoned community MR?", over a sibling or parent whose text
 * mentions as much. The expected phrase in the first passage, of the 438 answerable tuning questions
 * holding out one eval file at a time: 206 without it, 208 at 0.5 and 1, 210 at 2, 3 and 5, 209 at 10;
 * over two random 5-fold splits, 198 and 198 without it, 201 and 200 at 2.
 */
export const OWN_HEADING_WEIGHT = 2;
/**
 * How much more it weighs for each share of its own heading's words the question says: a heading that
 * names what was not asked (*Intermediate Frontend Engineer* for "senior frontend engineer
 * responsibilities", *Backend Engineer Performance Indicators* for "what are the responsibilities of a
 * backend engineer?") is about something else. Holding out one eval file at a time, with the page
 * title's words left out of both shares, the expected phrase in the first passage went from 212 to 214
 * of 438 at 2 (212 at 1.5, 213 at 3, measured before the rule for headings in the title's words alone),
 * in either passage from 228 to 229; over two random 5-fold splits, 209 → 212 and 205 → 210 (either
 * passage 222 → 223 and 219 → 222).
 */
export const HEADING_PRECISION_WEIGHT = 2;
/** The most `headingFit` gives any heading: one made only of question words, saying all of the question; it bounds what a section's heading can add (`chooseSection`). */
export const MOST_HEADING_FIT = (1 + OWN_HEADING_WEIGHT) * (1 + HEADING_PRECISION_WEIGHT);

/**
 * For the sections of one page, how much more each weighs as the one to quote for what its own heading
 * says of the question, given the title's and the heading's index terms. Both shares read only words
 * the page title does not say: every section of *Frontend Engineer Roles* is about frontend engineers,
 * so a heading repeating "frontend engineer" says nothing about which of them answers. A heading in
 * the title's words alone (*Paid Time Off* on *Paid time off at GitLab*, or the page's opening) is
 * about the page's own subject: what it says is weighed against the whole question, and its precision
 * not at all: left no weight, "Paid Time Off?" quoted *Holidays*; weighed for its precision too, the
 * first passages holding the expected phrase fell from 214 to 208 of 438 holding out a file. `whole`:
 * the relevance of the whole question, where the caller has it already.
 */
export function headingFit(
  titleTerms: ReadonlySet<string>,
  relevance: Relevance,
  questionTerms: ReadonlySet<string>,
  whole = relevance(questionTerms),
): (headingTerms: ReadonlySet<string>) => number {
  const inTitle = [...questionTerms].filter((term) => titleTerms.has(term));
  const byTitle = relevance(new Set(inTitle));
  const asksBeyondTitle = whole - byTitle;
  return (headingTerms) => {
    const own = beyondTitle(headingTerms, titleTerms);
    if (own.size === 0) {
      const said = new Set([...headingTerms].filter((term) => questionTerms.has(term)));
      return 1 + OWN_HEADING_WEIGHT * (whole > 0 ? relevance(said) / whole : 0);
    }
    const said = [...own].filter((term) => questionTerms.has(term));
    const share = asksBeyondTitle > 0 ? (relevance(new Set([...inTitle, ...said])) - byTitle) / asksBeyondTitle : 0;
    return (1 + OWN_HEADING_WEIGHT * share) * (1 + HEADING_PRECISION_WEIGHT * (said.length / own.size));
  };
}
