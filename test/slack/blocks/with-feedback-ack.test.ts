import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/slack/blocks/answer-message.js';
import { withFeedbackAck } from '../../../src/slack/blocks/with-feedback-ack.js';
import { reviewSloAnswer } from '../../fixtures/slack-blocks/answers.js';

const ack = (text: string) => ({ type: 'context', block_id: 'feedback_ack', elements: [{ type: 'mrkdwn', text }] });

describe('withFeedbackAck', () => {
  const { blocks } = answerMessage(reviewSloAnswer, { shareable: true });

  it('replaces the feedback buttons with thanks for a recorded up-vote', () => {
    const updated = withFeedbackAck(blocks, 'up', true);
    expect(updated.map((b) => b.block_id ?? b.type)).toEqual(['section', 'context', 'share', 'feedback_ack']);
    expect(updated.at(-1)).toEqual(ack('Thanks, noted 👍'));
  });

  it('thanks for a recorded down-vote', () => {
    expect(withFeedbackAck(blocks, 'down', true).at(-1)).toEqual(ack('Thanks, noted 👎'));
  });

  it('apologises when the vote could not be recorded', () => {
    expect(withFeedbackAck(blocks, 'up', false).at(-1)).toEqual(ack("Couldn't record your feedback right now, sorry"));
  });

  it('keeps the other blocks and does not modify its input', () => {
    const before = structuredClone(blocks);
    const updated = withFeedbackAck(blocks, 'up', true);
    expect(blocks).toEqual(before);
    expect(updated.slice(0, 3)).toEqual(blocks.slice(0, 3));
  });

  it('replaces an earlier acknowledgement instead of adding a second', () => {
    const twice = withFeedbackAck(withFeedbackAck(blocks, 'up', false), 'down', true);
    expect(twice.filter((b) => b.block_id === 'feedback_ack')).toEqual([ack('Thanks, noted 👎')]);
    expect(twice).toHaveLength(blocks.length);
  });

  it('finds the buttons in blocks as Slack returns them, with generated block ids', () => {
    const fromSlack = blocks.map((b) => (b.type === 'actions' ? { ...b, block_id: 'Xy1z' } : b));
    expect(withFeedbackAck(fromSlack, 'up', true).filter((b) => b.type === 'actions')).toHaveLength(1);
  });

  it('appends the acknowledgement when there are no feedback buttons', () => {
    expect(withFeedbackAck([], 'up', true)).toEqual([ack('Thanks, noted 👍')]);
  });
});
