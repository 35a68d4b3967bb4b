import type { Context, SlackEventMiddlewareArgs } from '@slack/bolt';
import { helpMessage } from '../../blocks/index.js';
import { answerQuestion } from '../../reply/answer-question.js';
import { helpRequested } from '../../reply/help-requested.js';
import { logHandled } from '../../reply/log-handled.js';
import { postReply } from '../../reply/post-reply.js';
import type { SlackClient, SlackDeps } from '../../slack-deps.js';
import { stripBotMention } from '../../text/strip-bot-mention.js';
import { toQuestionText } from '../../text/to-question-text.js';

export type AppMentionArgs = Pick<SlackEventMiddlewareArgs<'app_mention'>, 'event'> & {
  client: SlackClient;
  context: Pick<Context, 'botUserId'>;
};

/**
 * `@Onboard <question>` in a channel: answers in the thread (the message's own thread, or a
 * new one under it). Mentions are the `message` listener's blind spot on purpose, so each
 * mention is answered exactly once, here.
 */
export async function handleAppMention({ event, client, context }: AppMentionArgs, deps: SlackDeps): Promise<void> {
  const startedAt = deps.clock();
  const log = { type: 'app_mention', channel: event.channel, startedAt };
  if (event.bot_id !== undefined || event.user === undefined) {
    logHandled(deps, log, { outcome: 'ignored:bot' });
    return;
  }
  const question = toQuestionText(context.botUserId === undefined ? event.text : stripBotMention(event.text, context.botUserId));
  const threadTs = event.thread_ts ?? event.ts;
  if (helpRequested(question)) {
    const posted = await postReply(client, deps.logger, { channel: event.channel, threadTs }, helpMessage(deps.assistant.topics().examples));
    logHandled(deps, log, { outcome: posted === undefined ? 'failed:post' : 'help' });
    return;
  }
  const result = await answerQuestion(client, deps, { channel: event.channel, userId: event.user, question, threadTs, replyOnError: true });
  logHandled(deps, log, result);
}
