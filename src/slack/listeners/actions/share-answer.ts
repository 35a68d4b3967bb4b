import type { BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Answer } from '../../../answer/types.js';
import type { SlackMessage } from '../../blocks/index.js';
import { answerMessage, errorMessage } from '../../blocks/index.js';
import { logHandled } from '../../reply/log-handled.js';
import { slackErrorCode } from '../../reply/slack-error-code.js';
import type { SlackClient, SlackDeps } from '../../slack-deps.js';
import { readActionTarget } from './action-target.js';

export type ShareAnswerArgs = Pick<SlackActionMiddlewareArgs<BlockButtonAction>, 'ack' | 'action' | 'body' | 'respond'> & {
  client: SlackClient;
};

// Conversations the bot cannot post in itself (a private channel or DM it is not part of).
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

/**
 * "Share in channel" under a slash-command answer: posts the same answer to the channel with
 * who asked, then deletes the ephemeral original. The button's value is the question, so the
 * answer is looked up again rather than trusted from the payload.
 */
export async function handleShareAnswer({ ack, action, body, respond, client }: ShareAnswerArgs, deps: SlackDeps): Promise<void> {
  const startedAt = deps.clock();
  await ack();
  const { channel } = readActionTarget(body);
  const log = { type: `action:${action.action_id}`, channel, startedAt };
  const question = (action.value ?? '').trim();
  if (question === '' || channel === '') {
    logHandled(deps, log, { outcome: 'ignored:invalid-value' });
    return;
  }
  let answer: Answer;
  try {
    answer = deps.assistant.answer(question);
  } catch (error) {
    deps.logger.error('answering a shared question failed', error, { channel });
    await tellAsker(respond, deps, channel, "I couldn't look that up just now, so nothing was shared. Please try again in a minute.");
    logHandled(deps, log, { outcome: 'failed:answer' });
    return;
  }
  const message = answerMessage(answer, { askedBy: body.user.id });
  const shared = await shareMessage({ client, respond, deps, channel, question, userId: body.user.id }, message);
  if (!shared) {
    logHandled(deps, log, { confidence: answer.confidence, outcome: 'failed:post' });
    return;
  }
  await deleteOriginal(respond, deps, channel);
  logHandled(deps, log, { confidence: answer.confidence, outcome: 'shared' });
}

async function shareMessage(
  parts: Pick<ShareAnswerArgs, 'client' | 'respond'> & { deps: SlackDeps; channel: string; question: string; userId: string },
  message: SlackMessage,
): Promise<boolean> {
  const { client, respond, deps, channel } = parts;
  try {
    const posted = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    if (posted.ts !== undefined) {
      // Replies under the shared answer are follow-ups like any answered thread.
      const remembered = deps.store.rememberThread({ channel, threadTs: posted.ts, question: parts.question, userId: parts.userId });
      if (!remembered.ok) deps.logger.warn('could not remember the thread', { channel, error: remembered.error });
    }
    return true;
  } catch (error) {
    if (NOT_A_MEMBER.has(slackErrorCode(error) ?? '')) return shareThroughResponseUrl(respond, deps, channel, message);
    deps.logger.error('sharing the answer failed', error, { channel });
    await tellAsker(respond, deps, channel, "I couldn't share that answer in this channel. Please try again in a minute.");
    return false;
  }
}

/** Where the bot is not a member, the command's response URL can still post in the channel. */
async function shareThroughResponseUrl(respond: ShareAnswerArgs['respond'], deps: SlackDeps, channel: string, message: SlackMessage): Promise<boolean> {
  try {
    await respond({ response_type: 'in_channel', replace_original: false, text: message.text, blocks: message.blocks });
    return true;
  } catch (error) {
    deps.logger.error('sharing the answer through the response URL failed', error, { channel });
    await tellAsker(respond, deps, channel, "I can't post in this conversation. Invite me with `/invite @Onboard` and try again.");
    return false;
  }
}

async function deleteOriginal(respond: ShareAnswerArgs['respond'], deps: SlackDeps, channel: string): Promise<void> {
  try {
    // Slack requires delete_original to be the only field of the response.
    await respond({ delete_original: true });
  } catch (error) {
    deps.logger.warn('could not delete the ephemeral answer after sharing', { channel, error: String(error) });
  }
}

async function tellAsker(respond: ShareAnswerArgs['respond'], deps: SlackDeps, channel: string, text: string): Promise<void> {
  try {
    await respond({ response_type: 'ephemeral', replace_original: false, ...errorMessage(text) });
  } catch (error) {
    deps.logger.error('could not tell the asker that sharing failed', error, { channel });
  }
}
