import { describe, expect, it } from 'vitest';
import { handleShareAnswer } from '../../../../src/slack/listeners/actions/share-answer.js';
import { answersFor, buildDeps } from '../../../support/build-deps.js';
import { buildButtonArgs } from '../../../support/build-args.js';
import { blocksOf, slackPlatformError } from '../../../support/fake-client.js';
import { highAnswer } from '../../../support/sample-answers.js';
import { findLiveMentions } from '../../../../src/slack/blocks/index.js';

const answer = highAnswer();

describe('handleShareAnswer', () => {
  it('posts the answer in the channel saying who asked, then deletes the ephemeral one', async () => {
    const { deps, store } = buildDeps({ answers: answersFor(answer) });
    const { args, ack, client, respond } = buildButtonArgs({ actionId: 'share_answer', value: answer.question, ephemeral: true });
    await handleShareAnswer(args, deps);
    expect(ack).toHaveBeenCalledTimes(1);
    const posted = client.chat.postMessage.mock.calls[0]?.[0];
    expect(posted?.channel).toBe('C0GENERAL1');
    expect(findLiveMentions(blocksOf(posted))).toEqual(['<@U456VOTER>']);
    expect(respond.mock.calls).toEqual([[{ delete_original: true }]]);
    expect([...store.threads.values()]).toEqual([answer.question]);
  });

  it('shares through the response URL where the bot is not a member', async () => {
    const { deps } = buildDeps({ answers: answersFor(answer) });
    const { args, client, respond } = buildButtonArgs({ actionId: 'share_answer', value: answer.question, ephemeral: true });
    client.chat.postMessage.mockRejectedValueOnce(slackPlatformError('not_in_channel'));
    await handleShareAnswer(args, deps);
    expect(respond.mock.calls[0]?.[0]).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(respond.mock.calls[1]?.[0]).toEqual({ delete_original: true });
  });

  it('keeps the ephemeral answer and tells the asker when sharing fails', async () => {
    const { deps, logs } = buildDeps({ answers: answersFor(answer) });
    const { args, client, respond } = buildButtonArgs({ actionId: 'share_answer', value: answer.question, ephemeral: true });
    client.chat.postMessage.mockRejectedValueOnce(slackPlatformError('ratelimited'));
    await handleShareAnswer(args, deps);
    expect(respond.mock.calls).toHaveLength(1);
    expect(respond.mock.calls[0]?.[0]).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: "Sorry, something went wrong. I couldn't share that answer in this channel. Please try again in a minute.",
    });
    expect(logs).toContainEqual(expect.objectContaining({ level: 'error', msg: 'sharing the answer failed', slackError: 'ratelimited' }));
  });
});
