import type { ReplyOutcome } from '../../reply/answer-question.js';
import { answerQuestion } from '../../reply/answer-question.js';
import type { SlackClient, SlackDeps } from '../../slack-deps.js';
import { isQuestion } from '../../text/is-question.js';
import { mentionsAnyone } from '../../text/mentions-anyone.js';
import { toQuestionText } from '../../text/to-question-text.js';
import type { UserMessage } from './handle-message.js';

/**
 * A reply in a channel thread. Only threads Onboard answered count (the store remembers them
 * across restarts); there a follow-up is answered with the thread's first question as context.
 * People also chat in those threads ("thanks!", "@Sam can you check?"), so replies addressed
 * to someone, and replies that neither read as a question nor get a confident answer, are left alone.
 */
export async function answerThreadReply(message: UserMessage, client: SlackClient, deps: SlackDeps): Promise<ReplyOutcome> {
  const threadTs = message.threadTs ?? message.ts;
  const stored = deps.store.threadQuestion(message.channel, threadTs);
  if (!stored.ok) {
    deps.logger.warn('thread lookup failed; follow-up not answered', { channel: message.channel, error: stored.error });
    return { outcome: 'failed:store' };
  }
  if (stored.value === undefined) return { outcome: 'ignored:not-our-thread' };
  if (mentionsAnyone(message.text)) return { outcome: 'ignored:addressed-to-someone' };
  const readsAsQuestion = isQuestion(message.text);
  return answerQuestion(client, deps, {
    channel: message.channel,
    threadTs,
    context: stored.value,
    userId: message.user,
    question: toQuestionText(message.text),
    accept: (answer) => readsAsQuestion || answer.confidence === 'high',
    replyOnError: readsAsQuestion,
  });
}
