import type { Answer, AnswerSource } from '../../src/answer/types.js';
import type { Topics } from '../../src/answer/assistant.js';

const reviewSource: AnswerSource = {
  title: 'Code Review Guidelines',
  section: 'Everyone › Having your merge request reviewed',
  url: 'https://handbook.example.com/engineering/workflow/code-review/#having-your-merge-request-reviewed',
  path: 'engineering/workflow/code-review.md',
  score: 12.4,
};

/** A confident answer, phrased like the handbook. */
export const highAnswer = (question = 'How do I get my merge request reviewed?'): Answer => ({
  question,
  answer:
    'Please keep in mind that reviewers and maintainers are the people who get your merge request merged.\n- Ask a reviewer from your own team first.\n- Then assign a maintainer.',
  confidence: 'high',
  sources: [reviewSource],
});

/** A closest-match answer. */
export const lowAnswer = (question = 'Who approves my laptop refresh?'): Answer => ({
  question,
  answer: 'Laptops are replaced every three years; open an issue in the IT project.',
  confidence: 'low',
  sources: [
    {
      title: 'IT Operations',
      section: 'Laptop replacement',
      url: 'https://handbook.example.com/it/laptops/#laptop-replacement',
      path: 'it/laptops.md',
      score: 3.1,
    },
  ],
});

/** A decline with the closest pages. */
export const noneAnswer = (question = 'What is the wifi password in the Utrecht office?'): Answer => ({
  question,
  answer: "I couldn't find this in the handbook.",
  confidence: 'none',
  sources: [
    {
      title: 'Offices',
      section: '',
      url: 'https://handbook.example.com/offices/',
      path: 'offices.md',
      score: 0.4,
    },
  ],
});

export const sampleTopics: Topics = {
  sources: [{ name: 'Example handbook', pages: 120, sections: 1400 }],
  roles: ['Backend Engineer', 'Frontend Engineer'],
  areas: [{ source: 'Example handbook', name: 'engineering', url: 'https://handbook.example.com/engineering/', pages: 40 }],
  examples: ['How do I get my merge request reviewed?', 'What should I do in my first week?'],
};
