import type { Answer, Confidence } from '../../answer/types.js';
import { answerMessage, errorMessage } from '../blocks/index.js';
import type { SlackClient, SlackDeps } from '../slack-deps.js';
import { postReply } from './post-reply.js';
import { recordUnanswered } from './record-unanswered.js';

export interface AnswerRequest {
  channel: string;
  /** Who asked, for the unanswered-questions log and `forget`. */
  userId: string;
  question: string;
  /**
   * Thread to answer in (top level when undefined). A thread Onboard answered before gives
   * its first question as context, so "and for seniors?" is read as a follow-up.
   */
  threadTs?: string;
  /** The thread's first question when the caller already looked it up; otherwise looked up here. */
  context?: string;
  /** Decides from the answer whether to post at all; unprompted answers need to be confident. Default: always. */
  accept?: (answer: Answer) => boolean;
  /** Whether to tell the asker when answering fails; false where nobody asked Onboard directly. */
  replyOnError: boolean;
}

/** What happened, for the one log line per event. */
export interface ReplyOutcome {
  confidence?: Confidence;
  /** Set when the outcome was not simply "answered". */
  outcome?: string;
}

/**
 * Answers a question in a conversation: one message (no placeholder first), in the thread
 * when given. Remembers the thread so replies in it become follow-ups, and records questions
 * it could not answer. Never throws: failures are logged and reported in the outcome.
 */
export async function answerQuestion(client: SlackClient, deps: SlackDeps, request: AnswerRequest): Promise<ReplyOutcome> {
  const { channel, threadTs, question } = request;
  const context = request.context ?? (threadTs === undefined ? undefined : lookUpThreadQuestion(deps, channel, threadTs));
  let answer: Answer;
  try {
    answer = deps.assistant.answer(question, context === undefined ? {} : { context });
  } catch (error) {
    deps.logger.error('answering failed', error, { channel });
    if (request.replyOnError) {
      await postReply(client, deps.logger, { channel, threadTs }, errorMessage("I couldn't look that up just now. Please try again in a minute."));
    }
    return { outcome: 'failed:answer' };
  }
  if (request.accept !== undefined && !request.accept(answer)) {
    return { confidence: answer.confidence, outcome: `skipped:${answer.confidence}-confidence` };
  }
  const postedTs = await postReply(client, deps.logger, { channel, threadTs }, answerMessage(answer));
  if (postedTs === undefined) return { confidence: answer.confidence, outcome: 'failed:post' };
  if (context === undefined) rememberThread(deps, { channel, threadTs: threadTs ?? postedTs, question, userId: request.userId });
  if (answer.confidence === 'none') recordUnanswered(deps, request.userId, answer);
  return { confidence: answer.confidence };
}

function lookUpThreadQuestion(deps: SlackDeps, channel: string, threadTs: string): string | undefined {
  const stored = deps.store.threadQuestion(channel, threadTs);
  if (stored.ok) return stored.value;
  deps.logger.warn('thread lookup failed; answering without context', { channel, error: stored.error });
  return undefined;
}

function rememberThread(deps: SlackDeps, input: { channel: string; threadTs: string; question: string; userId: string }): void {
  if (input.threadTs === '') return;
  const remembered = deps.store.rememberThread(input);
  if (!remembered.ok) deps.logger.warn('could not remember the thread', { channel: input.channel, error: remembered.error });
}
