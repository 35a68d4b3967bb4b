import { describe, expect, it } from 'vitest';
import { declineProbability, declines, questionFeatures } from '../../src/answer/decline-model.js';
import type { EvalCase } from '../../src/eval/eval-set.js';
import { trainDecline } from '../../src/eval/train-decline.js';

const THINGS = ['laptop', 'expense report', 'access request', 'visa letter', 'badge', 'monitor', 'benefits form', 'travel booking', 'equity grant', 'onboarding issue', 'referral', 'desk order'];
const unanswerable = THINGS.map((thing, i): EvalCase => ({ id: `u${i}`, q: `did my ${thing} get approved yet?`, expect: [] }));
const answerable = THINGS.flatMap((thing, i): EvalCase[] => [
  { id: `a${i}`, q: `how do i request a ${thing}?`, expect: ['handbook/a.md'] },
  { id: `b${i}`, q: `who approves a ${thing} at gitlab?`, expect: ['handbook/b.md'] },
]);
const cases = [...unanswerable, ...answerable];
const SURE = { unsure: false, unsaid: 0 };

describe('trainDecline', () => {
  it('learns to decline the kind of question its unanswerable examples are, phrased about things it never saw', () => {
    const { model } = trainDecline(cases);
    expect(declines(model, 'did my parking permit get approved yet?', SURE)).toBe(true);
    expect(declines(model, 'how do i request a parking permit?', SURE)).toBe(false);
  });

  it('counts the questions and measures itself on the ones each fold did not learn from', () => {
    const { questions, crossValidated } = trainDecline(cases);
    expect(questions).toEqual({ answerable: 24, unanswerable: 12 });
    expect(crossValidated).toEqual({ folds: 5, declined: 1, wronglyDeclined: 0 });
  });

  it('raises the threshold until at most the given share of answerable questions is declined in cross-validation', () => {
    // Answerable questions that read almost like the unanswerable ones: a threshold of 0.5 declines some.
    const alike = THINGS.filter((_, i) => i % 3 === 0).map((thing, i): EvalCase => ({ id: `y${i}`, q: `did my ${thing} get approved?`, expect: ['handbook/y.md'] }));
    // A stronger penalty than the default keeps "yet", the one word that tells them apart, from deciding alone.
    const smooth = { penalty: 0.01, epochs: 300 };
    const loose = trainDecline([...cases, ...alike], { ...smooth, maxWronglyDeclined: 1 });
    const strict = trainDecline([...cases, ...alike], { ...smooth, maxWronglyDeclined: 0 });
    expect(loose.model.threshold).toBe(0.5);
    expect(loose.crossValidated.wronglyDeclined).toBeGreaterThan(0);
    expect(strict.model.threshold).toBeGreaterThan(0.5);
    expect(strict.crossValidated).toMatchObject({ declined: 1, wronglyDeclined: 0 });
  });

  it('declines at most 5% of the answerable questions in cross-validation unless told otherwise', () => {
    // One look-alike among 25 answerable questions: declining it is 4%, which 5% allows and 3% does not.
    const alike: EvalCase = { id: 'y0', q: 'did my laptop get approved?', expect: ['handbook/y.md'] };
    const smooth = { penalty: 0.01, epochs: 300 };
    const byDefault = trainDecline([...cases, alike], smooth);
    expect(byDefault.crossValidated.wronglyDeclined).toBe(0.04);
    expect(byDefault).toEqual(trainDecline([...cases, alike], { ...smooth, maxWronglyDeclined: 0.05 }));
    expect(byDefault).not.toEqual(trainDecline([...cases, alike], { ...smooth, maxWronglyDeclined: 0.03 }));
  });

  it('uses one threshold for every answer when it is not told which answers are unsure', () => {
    const { model } = trainDecline(cases);
    expect(model.unsureThreshold).toBe(model.threshold);
  });

  it('lowers the threshold for unsure answers where that declines more without declining more answerable questions', () => {
    // As above, answerable look-alikes keep the threshold up; the unanswerable questions' answers are all
    // unsure and the look-alikes' sure, so a lower threshold for unsure answers costs nothing.
    const alike = THINGS.filter((_, i) => i % 3 === 0).map((thing, i): EvalCase => ({ id: `y${i}`, q: `did my ${thing} get approved?`, expect: ['handbook/y.md'] }));
    const all = [...cases, ...alike];
    const smooth = { penalty: 0.01, epochs: 300, maxWronglyDeclined: 0 };
    const unsureOnes = new Set(unanswerable.map((evalCase) => evalCase.q));
    const one = trainDecline(all, { ...smooth, found: () => SURE });
    const two = trainDecline(all, { ...smooth, found: (question) => ({ unsure: unsureOnes.has(question), unsaid: 0 }) });
    expect(two.model.unsureThreshold).toBeLessThan(two.model.threshold);
    expect(two.model.threshold).toBeGreaterThanOrEqual(one.model.threshold);
    expect(two.crossValidated.declined).toBeGreaterThanOrEqual(one.crossValidated.declined);
    expect(two.crossValidated.wronglyDeclined).toBe(0);
  });

  it('learns what the answer found leaves unsaid, where the words alone do not tell the questions apart', () => {
    // The same question about things a handbook covers and things it does not: only the answer found tells.
    const GADGETS = ['kayak', 'drone', 'espresso machine', 'sauna', 'aquarium', 'telescope', 'hot tub', 'treadmill', 'piano', 'pizza oven', 'golf simulator', 'bread maker'];
    const uncovered = GADGETS.map((gadget, i): EvalCase => ({ id: `g${i}`, q: `how do i set up a ${gadget} at home?`, expect: [] }));
    const covered = THINGS.map((thing, i): EvalCase => ({ id: `c${i}`, q: `how do i set up a ${thing} at home?`, expect: ['handbook/c.md'] }));
    const uncoveredQuestions = new Set(uncovered.map((evalCase) => evalCase.q));
    const found = (question: string) => ({ unsure: false, unsaid: uncoveredQuestions.has(question) ? 2 : 0 });
    const wordsAlone = trainDecline([...uncovered, ...covered]);
    const readingAnswers = trainDecline([...uncovered, ...covered], { found });
    expect(declines(readingAnswers.model, 'how do i set up a hammock at home?', { unsure: false, unsaid: 2 })).toBe(true);
    expect(declines(readingAnswers.model, 'how do i set up a hammock at home?', SURE)).toBe(false);
    expect(readingAnswers.crossValidated).toMatchObject({ declined: 1, wronglyDeclined: 0 });
    expect(wordsAlone.crossValidated.declined).toBeLessThan(0.5);
  });

  it('gives the same model on every run', () => {
    const first = trainDecline(cases).model;
    expect(trainDecline(cases).model).toEqual(first);
    expect(declineProbability(first, questionFeatures('did my laptop get approved yet?'))).toBeGreaterThan(first.threshold);
  });

  it('needs questions of both kinds', () => {
    expect(() => trainDecline(answerable)).toThrow('Onboard: train-decline needs both answerable questions and unanswerable ones (an empty "expect")');
  });
});
