import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../../src/slack/listeners/messages/handle-message.js';
import { textOf } from '../../../support/fake-client.js';
import { answersFor, buildDeps } from '../../../support/build-deps.js';
import { buildMessageArgs } from '../../../support/build-args.js';
import { highAnswer, lowAnswer, noneAnswer } from '../../../support/sample-answers.js';

const QUESTION = 'How do I get my merge request reviewed?';

describe('handleMessage', () => {
  describe('in a DM', () => {
    const dm = { channel: 'D0ASKER001', channel_type: 'im' };

    it('answers every message at the top level', async () => {
      const { deps } = buildDeps({ answers: answersFor(lowAnswer('laptop refresh')) });
      const { args, client } = buildMessageArgs({ ...dm, text: 'laptop refresh' });
      await handleMessage(args, deps);
      expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
      const posted = client.chat.postMessage.mock.calls[0]?.[0];
      expect(posted?.channel).toBe('D0ASKER001');
      expect(posted).not.toHaveProperty('thread_ts');
    });

    it('answers in the thread a message was posted in, with its first question as context', async () => {
      const { deps, store, assistant } = buildDeps();
      store.threads.set('D0ASKER001:1700000000.000001', QUESTION);
      const { args, client } = buildMessageArgs({ ...dm, text: 'and for docs changes?', thread_ts: '1700000000.000001' });
      await handleMessage(args, deps);
      expect(client.chat.postMessage.mock.calls[0]?.[0]).toMatchObject({ channel: 'D0ASKER001', thread_ts: '1700000000.000001' });
      expect(assistant.asked).toEqual([{ question: 'and for docs changes?', options: { context: QUESTION } }]);
    });

    it('remembers the answer so a reply under it is a follow-up', async () => {
      const { deps, store } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
      const { args, client } = buildMessageArgs({ ...dm, text: QUESTION });
      await handleMessage(args, deps);
      const postedTs = (await client.chat.postMessage.mock.results[0]?.value)?.ts as string;
      expect(store.threads.get(`D0ASKER001:${postedTs}`)).toBe(QUESTION);
    });

    it('answers a DM that mentions the bot, without the mention', async () => {
      const { deps, assistant } = buildDeps();
      const { args, client } = buildMessageArgs({ ...dm, text: `<@UBOT> ${QUESTION}` });
      await handleMessage(args, deps);
      expect(assistant.asked[0]?.question).toBe(QUESTION);
      expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    });

    it('answers help with the help message', async () => {
      const { deps, assistant } = buildDeps();
      const { args, client } = buildMessageArgs({ ...dm, text: 'help' });
      await handleMessage(args, deps);
      expect(assistant.asked).toEqual([]);
      expect(textOf(client.chat.postMessage.mock.calls[0]?.[0])).toContain('Onboard answers questions from the handbook');
    });
  });

  describe('top level in a channel', () => {
    it('answers a confident question in a thread under it', async () => {
      const { deps, handled } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
      const { args, client } = buildMessageArgs({ text: QUESTION });
      await handleMessage(args, deps);
      expect(client.chat.postMessage.mock.calls[0]?.[0]).toMatchObject({ channel: 'C0GENERAL1', thread_ts: '1700000200.000200' });
      expect(handled()).toEqual([expect.objectContaining({ type: 'message.channel', channel: 'C0GENERAL1', confidence: 'high' })]);
    });

    it('stays quiet when the answer is not confident, and records nothing', async () => {
      const question = 'Who approves my laptop refresh?';
      const { deps, store, handled } = buildDeps({ answers: answersFor(lowAnswer(question)) });
      const { args, client } = buildMessageArgs({ text: question });
      await handleMessage(args, deps);
      expect(client.chat.postMessage).not.toHaveBeenCalled();
      expect(store.unanswered).toEqual([]);
      expect(handled()).toEqual([expect.objectContaining({ confidence: 'low', outcome: 'skipped:low-confidence' })]);
    });

    it('does not answer statements', async () => {
      const { deps, assistant } = buildDeps({ answers: answersFor(highAnswer('Merge request reviewed by the team today')) });
      const { args, client } = buildMessageArgs({ text: 'Merge request reviewed by the team today' });
      await handleMessage(args, deps);
      expect(assistant.asked).toEqual([]);
      expect(client.chat.postMessage).not.toHaveBeenCalled();
    });

    it('does not answer a question addressed to someone', async () => {
      const { deps, assistant } = buildDeps();
      const { args } = buildMessageArgs({ text: `<@U0COLLEAGUE> ${QUESTION}` });
      await handleMessage(args, deps);
      expect(assistant.asked).toEqual([]);
    });

    it('does not answer when channel replies are off', async () => {
      const { deps, assistant } = buildDeps({ channelReplies: { mode: 'off' }, answers: answersFor(highAnswer(QUESTION)) });
      await handleMessage(buildMessageArgs({ text: QUESTION }).args, deps);
      expect(assistant.asked).toEqual([]);
    });

    it('answers only in the listed channels', async () => {
      const { deps } = buildDeps({ channelReplies: { mode: 'channels', channels: ['C0HELPDESK'] }, answers: answersFor(highAnswer(QUESTION)) });
      const elsewhere = buildMessageArgs({ text: QUESTION });
      const listed = buildMessageArgs({ text: QUESTION, channel: 'C0HELPDESK' });
      await handleMessage(elsewhere.args, deps);
      await handleMessage(listed.args, deps);
      expect(elsewhere.client.chat.postMessage).not.toHaveBeenCalled();
      expect(listed.client.chat.postMessage).toHaveBeenCalledTimes(1);
    });

    it('leaves messages that mention the bot to the app_mention listener', async () => {
      const { deps, assistant, handled } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
      const { args, client } = buildMessageArgs({ text: `<@UBOT> ${QUESTION}` });
      await handleMessage(args, deps);
      expect(assistant.asked).toEqual([]);
      expect(client.chat.postMessage).not.toHaveBeenCalled();
      expect(handled()).toEqual([expect.objectContaining({ outcome: 'ignored:mention' })]);
    });
  });

  describe('in a channel thread', () => {
    const thread = { ts: '1700000250.000250', thread_ts: '1700000200.000200' };

    it('answers a follow-up in a thread it answered, with the first question as context', async () => {
      const { deps, store, assistant } = buildDeps();
      store.threads.set('C0GENERAL1:1700000200.000200', QUESTION);
      const { args, client } = buildMessageArgs({ ...thread, text: 'And what about documentation changes?' });
      await handleMessage(args, deps);
      expect(assistant.asked).toEqual([{ question: 'And what about documentation changes?', options: { context: QUESTION } }]);
      expect(client.chat.postMessage.mock.calls[0]?.[0]).toMatchObject({ thread_ts: '1700000200.000200' });
    });

    it('ignores replies in threads it did not answer', async () => {
      const { deps, assistant } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
      await handleMessage(buildMessageArgs({ ...thread, text: QUESTION }).args, deps);
      expect(assistant.asked).toEqual([]);
    });

    it('does not reply to chit-chat in its threads', async () => {
      const { deps, store } = buildDeps({ answers: answersFor(noneAnswer('thanks, that was exactly it')) });
      store.threads.set('C0GENERAL1:1700000200.000200', QUESTION);
      const { args, client } = buildMessageArgs({ ...thread, text: 'thanks, that was exactly it' });
      await handleMessage(args, deps);
      expect(client.chat.postMessage).not.toHaveBeenCalled();
    });

    it('does not answer when the thread store is unavailable', async () => {
      const { deps, store, logs } = buildDeps();
      store.failing = true;
      const { args, client } = buildMessageArgs({ ...thread, text: 'And what about documentation changes?' });
      await handleMessage(args, deps);
      expect(client.chat.postMessage).not.toHaveBeenCalled();
      expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'thread lookup failed; follow-up not answered' }));
    });
  });

  describe('ignores', () => {
    it.each([
      ['a bot', { bot_id: 'B0OTHERBOT' }, 'ignored:bot'],
      ['a bot_message', { subtype: 'bot_message', bot_id: 'B0OTHERBOT', user: undefined }, 'ignored:bot'],
      ['its own message', { user: 'UBOT' }, 'ignored:self'],
      ['an edit', { subtype: 'message_changed' }, 'ignored:subtype:message_changed'],
      ['a join', { subtype: 'channel_join', text: '<@U1> has joined the channel' }, 'ignored:subtype:channel_join'],
      ['a deletion', { subtype: 'message_deleted' }, 'ignored:subtype:message_deleted'],
      ['an empty message', { text: '' }, 'ignored:empty'],
    ])('%s', async (_name, overrides, outcome) => {
      const { deps, assistant, handled } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
      const { args, client } = buildMessageArgs({ text: QUESTION, ...overrides });
      await handleMessage(args, deps);
      expect(assistant.asked).toEqual([]);
      expect(client.chat.postMessage).not.toHaveBeenCalled();
      expect(handled()).toEqual([expect.objectContaining({ type: 'message', outcome })]);
    });

    it('bots in DMs too', async () => {
      const { deps, assistant } = buildDeps();
      await handleMessage(buildMessageArgs({ channel: 'D0ASKER001', channel_type: 'im', bot_id: 'B0OTHERBOT' }).args, deps);
      expect(assistant.asked).toEqual([]);
    });
  });
});
