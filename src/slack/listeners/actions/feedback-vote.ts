import type { BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '../../blocks/index.js';
import { ACTION_IDS, answerMessage, decodeFeedbackValue, withFeedbackAck } from '../../blocks/index.js';
import type { FeedbackValue } from '../../blocks/index.js';
import type { ReplyOutcome } from '../../reply/answer-question.js';
import { logHandled } from '../../reply/log-handled.js';
import type { SlackClient, SlackDeps } from '../../slack-deps.js';
import type { ActionTarget } from './action-target.js';
import { readActionTarget } from './action-target.js';

export type FeedbackVoteArgs = Pick<SlackActionMiddlewareArgs<BlockButtonAction>, 'ack' | 'action' | 'body' | 'respond'> & {
  client: SlackClient;
};

type Vote = 'up' | 'down';

/**
 * 👍/👎 on an answer: records the vote (one per person and answer; clicking again changes it)
 * and swaps the buttons for an acknowledgement that says whether it was recorded. A value
 * that does not decode was tampered with: acknowledged, logged, nothing recorded.
 */
export async function handleFeedbackVote({ ack, action, body, respond, client }: FeedbackVoteArgs, deps: SlackDeps): Promise<void> {
  const startedAt = deps.clock();
  await ack();
  const target = readActionTarget(body);
  const log = { type: `action:${action.action_id}`, channel: target.channel, startedAt };
  const value = decodeFeedbackValue(action.value ?? '');
  if (value === undefined) {
    deps.logger.warn('feedback button with an invalid value ignored', { channel: target.channel, user: body.user.id });
    logHandled(deps, log, { outcome: 'ignored:invalid-value' });
    return;
  }
  const vote: Vote = action.action_id === ACTION_IDS.feedbackDown ? 'down' : 'up';
  const recorded = recordVote(deps, { userId: body.user.id, target, value, vote });
  const updated = await showAcknowledgement({ client, respond, deps, body, target, value }, vote, recorded.ok);
  logHandled(deps, log, updated ? recorded : { outcome: 'failed:update' });
}

function recordVote(
  deps: SlackDeps,
  input: { userId: string; target: ActionTarget; value: FeedbackValue; vote: Vote },
): ReplyOutcome & { ok: boolean } {
  const result = deps.store.recordVote({
    userId: input.userId,
    answerKey: `${input.target.channel}:${input.target.messageTs}`,
    question: input.value.question,
    sections: input.value.sections,
    vote: input.vote,
  });
  if (result.ok) return { ok: true, outcome: `vote:${result.value}` };
  deps.logger.warn('could not record the feedback vote', { channel: input.target.channel, error: result.error });
  return { ok: false, outcome: 'failed:store' };
}

async function showAcknowledgement(
  parts: Pick<FeedbackVoteArgs, 'client' | 'respond' | 'body'> & { deps: SlackDeps; target: ActionTarget; value: FeedbackValue },
  vote: Vote,
  recorded: boolean,
): Promise<boolean> {
  const { client, respond, deps, body, target, value } = parts;
  try {
    if (target.ephemeral) {
      // An ephemeral payload may come without the message, so its blocks are rebuilt from the question.
      const original = body.message?.blocks !== undefined
        ? { text: String(body.message.text ?? value.question), blocks: body.message.blocks as KnownBlock[] }
        : answerMessage(deps.assistant.answer(value.question), { shareable: true });
      await respond({ replace_original: true, text: original.text, blocks: withFeedbackAck(original.blocks, vote, recorded) });
    } else {
      await client.chat.update({
        channel: target.channel,
        ts: target.messageTs,
        text: String(body.message?.text ?? value.question),
        blocks: withFeedbackAck((body.message?.blocks ?? []) as KnownBlock[], vote, recorded),
      });
    }
    return true;
  } catch (error) {
    deps.logger.error('updating the message after feedback failed', error, { channel: target.channel });
    return false;
  }
}
