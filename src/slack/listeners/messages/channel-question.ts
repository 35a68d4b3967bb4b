import type { ReplyOutcome } from '../../reply/answer-question.js';
import { answerQuestion } from '../../reply/answer-question.js';
import { allowsChannelReplies } from '../../policy/allows-channel-replies.js';
import type { SlackClient, SlackDeps } from '../../slack-deps.js';
import { isQuestion } from '../../text/is-question.js';
import { mentionsAnyone } from '../../text/mentions-anyone.js';
import { toQuestionText } from '../../text/to-question-text.js';
import type { UserMessage } from './handle-message.js';

/**
 * A top-level message in a channel Onboard is in, without a mention. Nobody asked Onboard, so
 * it speaks only when allowed there (`ONBOARD_CHANNEL_REPLIES`), when the text reads as a
 * question not addressed to someone, and when its answer is confident; always in a thread.
 */
export async function answerChannelQuestion(message: UserMessage, client: SlackClient, deps: SlackDeps): Promise<ReplyOutcome> {
  if (!allowsChannelReplies(deps.settings.channelReplies, message.channel)) return { outcome: 'ignored:channel-replies-off' };
  if (mentionsAnyone(message.text)) return { outcome: 'ignored:addressed-to-someone' };
  if (!isQuestion(message.text)) return { outcome: 'ignored:not-a-question' };
  return answerQuestion(client, deps, {
    channel: message.channel,
    threadTs: message.ts,
    userId: message.user,
    question: toQuestionText(message.text),
    accept: (answer) => answer.confidence === 'high',
    replyOnError: false,
  });
}
