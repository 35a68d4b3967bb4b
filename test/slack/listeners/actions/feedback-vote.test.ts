import { describe, expect, it } from 'vitest';
import { answerMessage, encodeFeedbackValue } from '../../../../src/slack/blocks/index.js';
import { handleFeedbackVote } from '../../../../src/slack/listeners/actions/feedback-vote.js';
import { blocksOf } from '../../../support/fake-client.js';
import { answersFor, buildDeps } from '../../../support/build-deps.js';
import { buildButtonArgs } from '../../../support/build-args.js';
import { highAnswer } from '../../../support/sample-answers.js';

const answer = highAnswer();
const value = encodeFeedbackValue({
  question: answer.question,
  sections: answer.sources.map(({ title, section, url }) => ({ title, section, url })),
});
const posted = answerMessage(answer);

describe('handleFeedbackVote', () => {
  it('records the vote and replaces the buttons with a thank-you', async () => {
    const { deps, store } = buildDeps();
    const { args, ack, client } = buildButtonArgs({ actionId: 'feedback_up', value, blocks: posted.blocks, text: posted.text });
    await handleFeedbackVote(args, deps);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(store.votes).toEqual([
      {
        userId: 'U456VOTER',
        answerKey: 'C0GENERAL1:1700000300.000300',
        question: answer.question,
        sections: [{ title: answer.sources[0]?.title, section: answer.sources[0]?.section, url: answer.sources[0]?.url }],
        vote: 'up',
      },
    ]);
    const update = client.chat.update.mock.calls[0]?.[0];
    expect(update).toMatchObject({ channel: 'C0GENERAL1', ts: '1700000300.000300', text: posted.text });
    const blocks = blocksOf(update);
    expect(blocks).toContain('Thanks, noted 👍');
    expect(blocks).not.toContain('feedback_up');
  });

  it('records a down-vote', async () => {
    const { deps, store } = buildDeps();
    await handleFeedbackVote(buildButtonArgs({ actionId: 'feedback_down', value, blocks: posted.blocks }).args, deps);
    expect(store.votes[0]?.vote).toBe('down');
  });

  it('updates an ephemeral answer through the response URL, rebuilding its blocks', async () => {
    const { deps } = buildDeps({ answers: answersFor(answer) });
    const { args, client, respond } = buildButtonArgs({ actionId: 'feedback_up', value, ephemeral: true });
    await handleFeedbackVote(args, deps);
    expect(client.chat.update).not.toHaveBeenCalled();
    const [message] = respond.mock.calls[0] ?? [];
    expect(message).toMatchObject({ replace_original: true });
    const blocks = blocksOf(message);
    expect(blocks).toContain('Thanks, noted 👍');
    expect(blocks).toContain('share_answer');
  });

  it('says so when the vote could not be recorded', async () => {
    const { deps, store, logs } = buildDeps();
    store.failing = true;
    const { args, client } = buildButtonArgs({ actionId: 'feedback_up', value, blocks: posted.blocks });
    await handleFeedbackVote(args, deps);
    expect(blocksOf(client.chat.update.mock.calls[0]?.[0])).toContain("Couldn't record your feedback right now, sorry");
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'could not record the feedback vote' }));
  });

  it('acknowledges and logs a tampered value without recording it', async () => {
    const { deps, store, logs } = buildDeps();
    const { args, ack, client } = buildButtonArgs({ actionId: 'feedback_up', value: `${value.slice(0, -4)}AAAA`, blocks: posted.blocks });
    await handleFeedbackVote(args, deps);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(store.votes).toEqual([]);
    expect(client.chat.update).not.toHaveBeenCalled();
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'feedback button with an invalid value ignored', user: 'U456VOTER' }));
  });
});
