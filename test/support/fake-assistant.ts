import type { AskOptions, Assistant } from '../../src/answer/assistant.js';
import type { Answer } from '../../src/answer/types.js';
import { noneAnswer, sampleTopics } from './sample-answers.js';

export interface FakeAssistant extends Assistant {
  /** Every question asked, with its options, in order. */
  asked: { question: string; options?: AskOptions }[];
}

/**
 * An Assistant answering from literal Answer objects keyed by question; anything else gets
 * a `none` answer. Lets listener tests choose the confidence they need.
 */
export function createFakeAssistant(answers: Record<string, Answer> = {}): FakeAssistant {
  const asked: FakeAssistant['asked'] = [];
  return {
    asked,
    answer(question, options) {
      asked.push(options === undefined ? { question } : { question, options });
      return answers[question] ?? noneAnswer(question);
    },
    topics: () => sampleTopics,
    role: (name = 'Backend Engineer') =>
      name.toLowerCase().includes('backend')
        ? {
            found: true,
            title: 'Backend Engineer',
            url: 'https://handbook.example.com/job-families/backend-engineer/',
            path: 'job-families/backend-engineer.md',
            parts: [{ heading: 'Responsibilities', text: '- Ship features', url: 'https://handbook.example.com/job-families/backend-engineer/#responsibilities' }],
            specializations: ['Geo'],
            levels: ['Intermediate', 'Senior'],
          }
        : { found: false, query: name, known: sampleTopics.roles },
    info: () => ({ pages: 120, sections: 1400, builtAt: '2024-05-01T10:00:00.000Z', fingerprint: 'abc123' }),
  };
}
