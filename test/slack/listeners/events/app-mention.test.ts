import { describe, expect, it } from 'vitest';
import { handleAppMention } from '../../../../src/slack/listeners/events/app-mention.js';
import { answersFor, buildDeps } from '../../../support/build-deps.js';
import { buildMentionArgs } from '../../../support/build-args.js';
import { blocksOf, slackPlatformError, textOf } from '../../../support/fake-client.js';
import { highAnswer, noneAnswer } from '../../../support/sample-answers.js';

const QUESTION = 'how do I get my merge request reviewed?';
const SOURCE_URL = 'https://handbook.example.com/engineering/workflow/code-review/#having-your-merge-request-reviewed';

describe('handleAppMention', () => {
  it('answers the question without the mention in a new thread under the message', async () => {
    const { deps, assistant } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
    const { args, client } = buildMentionArgs();
    await handleAppMention(args, deps);
    expect(assistant.asked).toEqual([{ question: QUESTION, options: {} }]);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    const posted = client.chat.postMessage.mock.calls[0]?.[0];
    expect(posted).toMatchObject({ channel: 'C0GENERAL1', thread_ts: '1700000100.000100', unfurl_links: false });
    expect(blocksOf(posted)).toContain(SOURCE_URL);
  });

  it('answers inside the thread the mention was posted in', async () => {
    const { deps } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
    const { args, client } = buildMentionArgs({ thread_ts: '1700000000.000001' });
    await handleAppMention(args, deps);
    expect(client.chat.postMessage.mock.calls[0]?.[0]).toMatchObject({ thread_ts: '1700000000.000001' });
  });

  it('remembers the thread, then reads a later mention in it as a follow-up', async () => {
    const { deps, assistant, store } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
    await handleAppMention(buildMentionArgs().args, deps);
    expect(store.threads.get('C0GENERAL1:1700000100.000100')).toBe(QUESTION);
    const followUp = buildMentionArgs({ text: '<@UBOT> and for a security fix?', ts: '1700000150.000150', thread_ts: '1700000100.000100' });
    await handleAppMention(followUp.args, deps);
    expect(assistant.asked[1]).toEqual({ question: 'and for a security fix?', options: { context: QUESTION } });
    expect(store.threads.get('C0GENERAL1:1700000100.000100')).toBe(QUESTION);
  });

  it('answers a bare mention with help', async () => {
    const { deps, assistant } = buildDeps();
    const { args, client } = buildMentionArgs({ text: '<@UBOT>' });
    await handleAppMention(args, deps);
    expect(assistant.asked).toEqual([]);
    expect(textOf(client.chat.postMessage.mock.calls[0]?.[0])).toContain('Onboard answers questions from the handbook');
  });

  it('records a question it cannot answer', async () => {
    const { deps, store } = buildDeps({ answers: answersFor(noneAnswer(QUESTION)) });
    await handleAppMention(buildMentionArgs().args, deps);
    expect(store.unanswered).toEqual([{ userId: 'U123ASKER', question: QUESTION, closest: ['https://handbook.example.com/offices/'] }]);
  });

  it('tells the asker when answering fails', async () => {
    const { deps, assistant, logs } = buildDeps();
    assistant.answer = () => {
      throw new Error('index not loaded');
    };
    const { args, client } = buildMentionArgs();
    await handleAppMention(args, deps);
    expect(textOf(client.chat.postMessage.mock.calls[0]?.[0])).toBe(
      "Sorry, something went wrong. I couldn't look that up just now. Please try again in a minute.",
    );
    expect(logs).toContainEqual(expect.objectContaining({ level: 'error', msg: 'answering failed', error: 'Error: index not loaded' }));
  });

  it('ignores mentions posted by bots', async () => {
    const { deps } = buildDeps();
    const { args, client } = buildMentionArgs({ bot_id: 'B0OTHERBOT' });
    await handleAppMention(args, deps);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('logs one line with type, channel, latency and confidence', async () => {
    const { deps, handled } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
    await handleAppMention(buildMentionArgs().args, deps);
    expect(handled()).toEqual([
      expect.objectContaining({ type: 'app_mention', channel: 'C0GENERAL1', latencyMs: 5, confidence: 'high' }),
    ]);
  });

  it('logs a failed post and does not remember the thread', async () => {
    const { deps, store, logs, handled } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
    const { args, client } = buildMentionArgs();
    client.chat.postMessage.mockRejectedValueOnce(slackPlatformError('channel_not_found'));
    await handleAppMention(args, deps);
    expect(store.threads.size).toBe(0);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'error', msg: 'posting the reply failed', slackError: 'channel_not_found' }));
    expect(handled()).toEqual([expect.objectContaining({ outcome: 'failed:post', confidence: 'high' })]);
  });
});
