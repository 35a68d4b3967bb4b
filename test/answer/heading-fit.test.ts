import { describe, expect, it } from 'vitest';
import { headingFit, MOST_HEADING_FIT } from '../../src/answer/heading-fit.js';
import { termsIn, type Relevance } from '../../src/answer/extract-passage.js';

/** Each question term weighs 1 (the answer's relevance weighs concepts by rarity; the shares are what is pinned here). */
const countTerms: Relevance = (terms) => terms.size;

function fitOn(pageTitle: string, question: string): (heading: string) => number {
  const fit = headingFit(termsIn(pageTitle), countTerms, termsIn(question));
  return (heading) => fit(termsIn(heading));
}

describe('headingFit', () => {
  const frontendRoles = fitOn('Frontend Engineer Roles', 'what are the responsibilities of a frontend engineer?');

  it('weighs most a heading that says what the question asks beyond the page title, and nothing else', () => {
    expect(frontendRoles('Responsibilities')).toBe(MOST_HEADING_FIT);
  });

  it('gives nothing for repeating the page title\'s words beside a word the question did not ask', () => {
    expect(frontendRoles('Intermediate Frontend Engineer')).toBe(1);
    expect(frontendRoles('Frontend Engineer Performance Indicators')).toBe(1);
  });

  it('weighs a heading that names what was asked and more between the two', () => {
    const fit = frontendRoles('Senior Frontend Engineer Responsibilities');
    expect(fit).toBeGreaterThan(1);
    expect(fit).toBeLessThan(MOST_HEADING_FIT);
  });

  it('weighs a heading in the page title\'s words alone by what it says of the whole question', () => {
    const pto = fitOn('Paid time off at GitLab', 'how do I take paid time off?');
    expect(pto('Paid Time Off')).toBeCloseTo(1 + (2 * 2) / 3); // "paid" and "time" of "take", "paid", "time"
    expect(pto('Holidays')).toBe(1);
  });

  it('weighs every heading with words of its own alike when the page title says the whole question', () => {
    const subject = fitOn('Frontend Engineer Roles', 'frontend engineer?');
    expect(subject('Responsibilities')).toBe(1);
    expect(subject('Intermediate Frontend Engineer')).toBe(1);
  });
});
