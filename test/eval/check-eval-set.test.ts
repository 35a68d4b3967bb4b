import { describe, expect, it } from 'vitest';
import { checkEvalSet } from '../../src/eval/check-eval-set.js';
import type { EvalCase } from '../../src/eval/eval-set.js';
import type { Section } from '../../src/knowledge/types.js';

const PATH = 'gitlab/handbook/engineering/workflow/index.html.md';

function section(headings: string[], text: string): Section {
  return { id: 0, source: 'GitLab handbook', path: PATH, pageTitle: headings[0]!, headings, anchor: '', url: 'https://example.com', text, lang: 'en' };
}

// Trimmed from the GitLab handbook's workflow page, as the bot reads it (light markdown).
const SECTIONS = [
  section(['Engineering Workflow'], 'This document explains the workflow for anyone working with issues in GitLab Inc.'),
  section(['Engineering Workflow', 'Broken `master`'], 'If you notice that pipelines for the `master` branch of [GitLab](https://gitlab.com/gitlab-org/gitlab) are failing, returning the build to a passing state takes priority over everything else development related.'),
];

const answerable = (fields: Partial<EvalCase>): EvalCase => ({
  id: 'q1',
  q: 'master is red, does that block everything?',
  expect: [`corpus/${PATH}`],
  section: 'Broken `master`',
  phrase: 'takes priority over everything else',
  topic: 'workflow',
  ...fields,
});

describe('checkEvalSet', () => {
  it('finds nothing wrong with a question whose page, section and phrase are as the bot reads them', () => {
    expect(checkEvalSet([answerable({}), answerable({ id: 'q2', section: 'engineering  workflow', phrase: 'explains the WORKFLOW' })], SECTIONS)).toEqual([]);
  });

  it('finds nothing wrong with an unanswerable question', () => {
    expect(checkEvalSet([{ id: 'u1', q: "what's my manager's phone number?", expect: [], section: undefined, phrase: undefined, topic: 'unanswerable' }], SECTIONS)).toEqual([]);
  });

  it('names a path no indexed page matches', () => {
    expect(checkEvalSet([answerable({ expect: ['corpus/gitlab/handbook/nowhere.md'] })], SECTIONS)).toEqual(['q1: no indexed page matches corpus/gitlab/handbook/nowhere.md']);
  });

  it("names a heading the page lacks, listing the page's headings", () => {
    expect(checkEvalSet([answerable({ section: 'Broken master' })], SECTIONS)).toEqual([
      `q1: corpus/${PATH} has no section headed "Broken master" (its headings: Engineering Workflow | Broken \`master\`)`,
    ]);
  });

  it('names a phrase that is not verbatim in the section, such as one crossing a link', () => {
    expect(checkEvalSet([answerable({ phrase: 'branch of GitLab are failing' })], SECTIONS)).toEqual([
      'q1: the phrase "branch of GitLab are failing" is not verbatim in "Broken `master`" as the bot reads it (a link, bold or code inside it, or two list items, break it)',
    ]);
  });

  it('names a repeated id, an empty question, a missing phrase, and an unanswerable question with a section', () => {
    const problems = checkEvalSet(
      [answerable({}), answerable({ q: '  ' }), answerable({ id: 'q3', phrase: undefined }), { id: 'u1', q: 'who won?', expect: [], section: 'Broken `master`', phrase: undefined, topic: 'unanswerable' }],
      SECTIONS,
    );
    expect(problems).toEqual([
      'q1: the id is used before',
      'q1: the question is empty',
      'q3: an answerable question needs a "section" and a "phrase"',
      'u1: an unanswerable question (no "expect") has a "section" or "phrase"',
    ]);
  });
});
