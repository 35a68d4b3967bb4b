import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDeclineModel } from '../../src/answer/decline-file.js';
import { answerFeatures, declineProbability, declines, questionFeatures, type DeclineModel, type FoundAnswer } from '../../src/answer/decline-model.js';
import { CONFIG_PATH } from '../knowledge/fixture-paths.js';

describe('questionFeatures', () => {
  it('reads the words as typed, stop words included, their neighbouring pairs and the first word', () => {
    expect(questionFeatures('Did my laptop ship yet?')).toEqual([
      'w:did', 'w:my', 'w:laptop', 'w:ship', 'w:yet',
      'p:did my', 'p:my laptop', 'p:laptop ship', 'p:ship yet',
      'first:did',
    ]);
  });

  it('reads curly apostrophes, full-width letters and capitals as their plain forms', () => {
    expect(questionFeatures('What’s ＰＴＯ')).toEqual(questionFeatures("what's pto"));
  });

  it('reads Japanese, written without spaces, as pairs of characters', () => {
    expect(questionFeatures('来週の会議')).toEqual(['w:来週', 'w:週の', 'w:の会', 'w:会議', 'p:来週 週の', 'p:週の の会', 'p:の会 会議', 'first:来週']);
  });

  it('has nothing to read in a question without words', () => {
    expect(questionFeatures(' ?! ')).toEqual([]);
  });
});

describe('answerFeatures', () => {
  it('reads an answer leaving two of the question\'s concepts unsaid, or three and more alike, and leaves the rest to the words', () => {
    expect([0, 1, 2, 3, 7].map((unsaid) => answerFeatures({ unsure: true, unsaid }))).toEqual([[], [], ['unsaid:2'], ['unsaid:3'], ['unsaid:3']]);
  });
});

/** An answer that says everything asked, and one that is unsure and leaves a concept unsaid. */
const SURE: FoundAnswer = { unsure: false, unsaid: 0 };
const UNSURE: FoundAnswer = { unsure: true, unsaid: 1 };

describe('declineProbability', () => {
  const model: DeclineModel = { bias: -1, threshold: 0.5, unsureThreshold: 0.5, weights: new Map([['w:yet', 2], ['p:did my', 1.5], ['w:how', -1]]) };

  it('adds the weights of the features the question has to the bias, and counts unknown features as nothing', () => {
    expect(declineProbability(model, [])).toBeCloseTo(1 / (1 + Math.E));
    expect(declineProbability(model, ['w:yet', 'w:unknown'])).toBeCloseTo(1 / (1 + Math.exp(-1)));
  });

  it('declines above the threshold only', () => {
    expect(declines(model, 'did my order ship yet?', SURE)).toBe(true);
    expect(declines(model, 'how do orders ship?', SURE)).toBe(false);
  });

  it('weighs what the answer leaves unsaid beside the words', () => {
    const readingAnswers = { ...model, weights: new Map([...model.weights, ['unsaid:2', 1.5]]) };
    // "when": no weight; probability 1 / (1 + e^-0.5) with two concepts unsaid, 1 / (1 + e) with one.
    expect(declines(readingAnswers, 'when do orders ship?', { unsure: false, unsaid: 1 })).toBe(false);
    expect(declines(readingAnswers, 'when do orders ship?', { unsure: false, unsaid: 2 })).toBe(true);
    expect(declines(readingAnswers, 'how do orders ship?', { unsure: false, unsaid: 2 })).toBe(false);
  });

  it('declines above the unsure threshold where the answer is unsure', () => {
    // "yet" alone: probability 1 / (1 + e^-1), about 0.73.
    const stricter = { ...model, threshold: 0.8, unsureThreshold: 0.7 };
    expect(declines(stricter, 'has it shipped yet?', { unsure: false, unsaid: 1 })).toBe(false);
    expect(declines(stricter, 'has it shipped yet?', UNSURE)).toBe(true);
    expect(declines(stricter, 'how do orders ship?', UNSURE)).toBe(false);
  });
});

describe("the project's decline model", () => {
  const model = readDeclineModel(resolve(CONFIG_PATH, '..', 'decline.json'));

  it.each(['when is the next all-hands?', 'did my expense report get approved yet?', 'is gitlab.com down right now?'])('declines %j', (question) => {
    expect(declines(model, question, SURE)).toBe(true);
  });

  it.each(['how do I request time off?', 'can I expense a monitor?', 'what are my responsibilities as a backend engineer?', 'do i need a second reviewer on my MR?', "what's the workflow?", 'GDK?'])('answers %j', (question) => {
    expect(declines(model, question, UNSURE)).toBe(false);
  });
});
