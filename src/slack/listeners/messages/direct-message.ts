import type { Context } from '@slack/bolt';
import { helpMessage } from '../../blocks/index.js';
import type { ReplyOutcome } from '../../reply/answer-question.js';
import { answerQuestion } from '../../reply/answer-question.js';
import { helpRequested } from '../../reply/help-requested.js';
import { postReply } from '../../reply/post-reply.js';
import type { SlackClient, SlackDeps } from '../../slack-deps.js';
import { stripBotMention } from '../../text/strip-bot-mention.js';
import { toQuestionText } from '../../text/to-question-text.js';
import type { UserMessage } from './handle-message.js';

/**
 * A DM to Onboard: every message is a question (or `help`). Answered at the top level, or in
 * the thread when the message is in one, where the thread's first question gives context.
 */
export async function answerDirectMessage(
  message: UserMessage,
  client: SlackClient,
  context: Pick<Context, 'botUserId'>,
  deps: SlackDeps,
): Promise<ReplyOutcome> {
  // No app_mention event fires in a DM, so a mention here is just part of the text.
  const question = toQuestionText(context.botUserId === undefined ? message.text : stripBotMention(message.text, context.botUserId));
  const target = { channel: message.channel, threadTs: message.threadTs };
  if (helpRequested(question)) {
    const posted = await postReply(client, deps.logger, target, helpMessage(deps.assistant.topics().examples));
    return { outcome: posted === undefined ? 'failed:post' : 'help' };
  }
  return answerQuestion(client, deps, { ...target, userId: message.user, question, replyOnError: true });
}
