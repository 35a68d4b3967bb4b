import { describe, expect, it } from 'vitest';
import type { FeedbackReport } from '../../src/feedback/feedback-store.js';
import { formatReport } from '../../src/feedback/format-report.js';

describe('formatReport', () => {
  it('prints totals, sections with their URLs and unanswered questions as aligned columns', () => {
    const report: FeedbackReport = {
      sections: [
        { url: 'https://handbook.example.com/engineering/workflow/#merge-requests', title: 'Engineering workflow', section: 'Merge requests', up: 12, down: 3 },
        { url: 'https://handbook.example.com/people/time-off/', title: 'Time off', section: '', up: 1, down: 0 },
      ],
      unanswered: [
        { question: 'How do I get a VPN token?', count: 3, lastAsked: '2024-05-03T09:15:42.120Z' },
        { question: 'Who approves expenses?', count: 1, lastAsked: '2024-05-04T17:02:00.000Z' },
      ],
      totals: { votes: 14, up: 11, down: 3, unanswered: 4 },
    };
    expect(formatReport(report)).toBe(
      [
        'Feedback: 14 votes (11 up, 3 down), 4 unanswered questions',
        '',
        'Sections by votes',
        '  Up  Down  Section',
        '  12     3  Engineering workflow › Merge requests',
        '            https://handbook.example.com/engineering/workflow/#merge-requests',
        '   1     0  Time off',
        '            https://handbook.example.com/people/time-off/',
        '',
        'Unanswered questions, most asked first',
        '  Times  Last asked (UTC)  Question',
        '      3  2024-05-03 09:15  How do I get a VPN token?',
        '      1  2024-05-04 17:02  Who approves expenses?',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing has been recorded', () => {
    expect(formatReport({ sections: [], unanswered: [], totals: { votes: 0, up: 0, down: 0, unanswered: 0 } })).toBe(
      ['Feedback: 0 votes (0 up, 0 down), 0 unanswered questions', '', 'No votes yet.', '', 'No unanswered questions.', ''].join('\n'),
    );
  });

  it('uses the singular for one vote and one question', () => {
    const report: FeedbackReport = {
      sections: [{ url: 'https://handbook.example.com/', title: 'Home', section: '', up: 1, down: 0 }],
      unanswered: [{ question: 'Where is the wiki?', count: 1, lastAsked: '2024-05-01T00:00:00.000Z' }],
      totals: { votes: 1, up: 1, down: 0, unanswered: 1 },
    };
    expect(formatReport(report).split('\n')[0]).toBe('Feedback: 1 vote (1 up, 0 down), 1 unanswered question');
  });

  it('strips terminal control characters and shortens long questions', () => {
    const question = `\u001b[31mred\u001b[0m ${'why '.repeat(30)}`;
    const line = formatReport({
      sections: [],
      unanswered: [{ question, count: 1, lastAsked: '2024-05-01T00:00:00.000Z' }],
      totals: { votes: 0, up: 0, down: 0, unanswered: 1 },
    })
      .split('\n')
      .at(-2);
    expect(line).toBe(`      1  2024-05-01 00:00  [31mred [0m ${'why '.repeat(16)}why…`);
  });
});
