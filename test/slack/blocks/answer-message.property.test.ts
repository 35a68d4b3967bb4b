import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/types.js';
import { answerMessage } from '../../../src/slack/blocks/answer-message.js';
import { decodeFeedbackValue } from '../../../src/slack/blocks/decode-feedback-value.js';
import { findLiveMentions } from '../../../src/slack/format/find-live-mentions.js';
import { findLimitViolations } from './find-limit-violations.js';
import { findUnvettedTokens } from './find-unvetted-tokens.js';

/** Handbook-ish text salted with everything that could ping, link or break markup. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '<!subteam^S1|x>', '<@U123>', '<#C1>', '@here', '&', '|', '>', '<', '**', '*', '_', '`'),
      fc.constantFrom('\n- item', '\n1. step', '\n  - nested', '. ', '\n\n', '[a <!here> | b](https://x.com/a|b?c=<d>&e)', '[x](javascript:alert(1))'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const source = fc.record({
  title: hostileText,
  section: hostileText,
  url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', '/relative', 'https://x.com/a|b>c')),
  path: fc.constant('handbook/index.md'),
  score: fc.double({ noNaN: true }),
});

const answer: fc.Arbitrary<Answer> = fc.record(
  {
    question: hostileText,
    answer: fc.oneof(hostileText, hostileText.map((text) => text.repeat(50))),
    confidence: fc.constantFrom('high', 'low', 'none'),
    sources: fc.array(source, { maxLength: 5 }),
    secondPassage: fc.oneof(hostileText, hostileText.map((text) => text.repeat(50))),
  },
  { requiredKeys: ['question', 'answer', 'confidence', 'sources'] },
);

describe('answerMessage on arbitrary input', () => {
  it('stays within limits, never pings except askedBy, and keeps feedback decodable', () => {
    fc.assert(
      fc.property(answer, fc.boolean(), fc.boolean(), (a, shareable, shared) => {
        const message = answerMessage(a, shared ? { shareable, askedBy: 'U42' } : { shareable });
        expect(findLimitViolations(message).filter((v) => !v.includes('empty'))).toEqual([]);
        expect(findLiveMentions(message)).toEqual(shared ? ['<@U42>'] : []);
        expect(findUnvettedTokens(message)).toEqual(shared ? ['<@U42>'] : []);
        const feedback = message.blocks.at(-1);
        const value = feedback?.type === 'actions' && feedback.elements[0]?.type === 'button' ? feedback.elements[0].value : undefined;
        if (a.question.trim() !== '') expect(decodeFeedbackValue(value ?? '')).toBeDefined();
      }),
      // A found case: '@here0' cut short to fit a block became '@here…'.
      {
        numRuns: 300,
        examples: [
          [
            {
              question: '',
              answer: '\n\n&@here0!!!!!!!'.repeat(50),
              confidence: 'high',
              sources: [{ title: '<!everyone>`', section: '', url: 'http://a.aa', path: 'handbook/index.md', score: 0 }],
            },
            false,
            false,
          ],
        ],
      },
    );
  });
});
