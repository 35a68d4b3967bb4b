import type { Context, SlackEventMiddlewareArgs } from '@slack/bolt';
import { logHandled } from '../../reply/log-handled.js';
import type { SlackClient, SlackDeps } from '../../slack-deps.js';
import { mentionsUser } from '../../text/mentions-user.js';
import { answerChannelQuestion } from './channel-question.js';
import { answerDirectMessage } from './direct-message.js';
import { answerThreadReply } from './thread-reply.js';

export type MessageArgs = Pick<SlackEventMiddlewareArgs<'message'>, 'message'> & {
  client: SlackClient;
  context: Pick<Context, 'botUserId'>;
};

/** A person's plain message: the only kind Onboard ever answers. */
export interface UserMessage {
  channel: string;
  channelType: string;
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
}

/**
 * Every `message` event goes through here and at most one answer comes out. Routed by where
 * it was posted: a DM, a reply in a thread, or a top-level channel message. Bots (this one
 * included), edits, joins and every other subtype are ignored, and so are channel messages
 * that mention Onboard, which the `app_mention` listener answers.
 */
export async function handleMessage({ message, client, context }: MessageArgs, deps: SlackDeps): Promise<void> {
  const startedAt = deps.clock();
  const log = { type: 'message', channel: message.channel, startedAt };
  const userMessage = readUserMessage(message, context.botUserId);
  if ('ignored' in userMessage) {
    logHandled(deps, log, { outcome: `ignored:${userMessage.ignored}` });
    return;
  }
  if (userMessage.channelType === 'im') {
    logHandled(deps, { ...log, type: 'message.im' }, await answerDirectMessage(userMessage, client, context, deps));
    return;
  }
  if (context.botUserId !== undefined && mentionsUser(userMessage.text, context.botUserId)) {
    logHandled(deps, log, { outcome: 'ignored:mention' });
    return;
  }
  if (userMessage.threadTs !== undefined && userMessage.threadTs !== userMessage.ts) {
    logHandled(deps, { ...log, type: 'message.thread' }, await answerThreadReply(userMessage, client, deps));
    return;
  }
  logHandled(deps, { ...log, type: 'message.channel' }, await answerChannelQuestion(userMessage, client, deps));
}

type MessageEvent = SlackEventMiddlewareArgs<'message'>['message'];

/** The person's message, or why the event is not one Onboard should answer. */
function readUserMessage(message: MessageEvent, botUserId: string | undefined): UserMessage | { ignored: string } {
  if (message.subtype === 'bot_message' || ('bot_id' in message && message.bot_id !== undefined)) return { ignored: 'bot' };
  if (message.subtype !== undefined) return { ignored: `subtype:${message.subtype}` };
  if (botUserId !== undefined && message.user === botUserId) return { ignored: 'self' };
  if ((message.text ?? '').trim() === '') return { ignored: 'empty' };
  return {
    channel: message.channel,
    channelType: message.channel_type,
    user: message.user,
    text: message.text ?? '',
    ts: message.ts,
    ...(message.thread_ts === undefined ? {} : { threadTs: message.thread_ts }),
  };
}
