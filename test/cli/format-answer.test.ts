import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { formatAnswer } from '../../src/cli/format-answer.js';

const workflow = { title: 'Developer', section: 'Workflow', url: 'https://about.gitlab.com/jobs/developer/#workflow', path: 'roles/developer.md', score: 236.9 };
const handbook = { title: 'Engineering Workflow', section: '', url: 'https://about.gitlab.com/handbook/engineering/workflow/', path: 'handbook/engineering/workflow/index.html.md', score: 21.2 };

function answer(overrides: Partial<Answer>): Answer {
  return {
    question: "what's the workflow?",
    answer: 'The handbook details the complete [GitLab Workflow](https://about.gitlab.com/handbook/#gitlab-workflow).\n- **Start** working on an issue',
    confidence: 'high',
    sources: [workflow, handbook],
    ...overrides,
  };
}

describe('formatAnswer', () => {
  it('quotes a confident answer, turns links into text <url> and lists numbered sources', () => {
    expect(formatAnswer(answer({}))).toBe(
      [
        '> The handbook details the complete GitLab Workflow <https://about.gitlab.com/handbook/#gitlab-workflow>.',
        '> - Start working on an issue',
        '',
        'Sources:',
        '  1. Developer › Workflow',
        '     https://about.gitlab.com/jobs/developer/#workflow',
        '  2. Engineering Workflow',
        '     https://about.gitlab.com/handbook/engineering/workflow/',
      ].join('\n'),
    );
  });

  it('says when an answer is only the closest match', () => {
    expect(formatAnswer(answer({ confidence: 'low' })).split('\n').slice(0, 2)).toEqual([
      'Closest match I found:',
      '> The handbook details the complete GitLab Workflow <https://about.gitlab.com/handbook/#gitlab-workflow>.',
    ]);
  });

  it("quotes a second source's passage under its number when the answer has one", () => {
    const text = formatAnswer(answer({ confidence: 'low', secondPassage: 'Engineering **workflow** at [GitLab](https://about.gitlab.com/)' }));
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Closest match I found:',
      '> The handbook details the complete GitLab Workflow <https://about.gitlab.com/handbook/#gitlab-workflow>.',
      '> - Start working on an issue',
      '',
      'Another close match (source 2):',
      '> Engineering workflow at GitLab <https://about.gitlab.com/>',
      '',
    ]);
  });

  it('prints a decline unquoted, with the closest pages', () => {
    const text = formatAnswer(answer({ confidence: 'none', answer: "The handbook doesn't seem to cover that. The closest pages I found are below." }));
    expect(text.split('\n').slice(0, 4)).toEqual([
      "The handbook doesn't seem to cover that. The closest pages I found are below.",
      '',
      'Closest pages:',
      '  1. Developer › Workflow',
    ]);
  });

  it('prints an answer without sources alone', () => {
    expect(formatAnswer(answer({ confidence: 'none', answer: "The handbook doesn't seem to cover that.", sources: [] }))).toBe("The handbook doesn't seem to cover that.");
  });
});
