import type { Context, SlackEventMiddlewareArgs } from '@slack/bolt';
import { welcomeMessage } from '../../blocks/index.js';
import { logHandled } from '../../reply/log-handled.js';
import { postReply } from '../../reply/post-reply.js';
import type { SlackClient, SlackDeps } from '../../slack-deps.js';

export type MemberJoinedChannelArgs = Pick<SlackEventMiddlewareArgs<'member_joined_channel'>, 'event'> & {
  client: SlackClient;
  context: Pick<Context, 'botUserId'>;
};

/**
 * Someone joined one of the welcome channels: DM them starter questions, once per person
 * ever (the store's claim survives restarts and joining several welcome channels).
 */
export async function handleMemberJoinedChannel({ event, client, context }: MemberJoinedChannelArgs, deps: SlackDeps): Promise<void> {
  const startedAt = deps.clock();
  const log = { type: 'member_joined_channel', channel: event.channel, startedAt };
  if (!deps.settings.welcomeChannels.includes(event.channel)) {
    logHandled(deps, log, { outcome: 'ignored:not-a-welcome-channel' });
    return;
  }
  if (event.user === context.botUserId) {
    logHandled(deps, log, { outcome: 'ignored:self' });
    return;
  }
  const claim = deps.store.claimWelcome(event.user);
  if (!claim.ok) {
    // Without the store we cannot know whether they were welcomed already; silence beats a repeat.
    deps.logger.warn('welcome skipped: feedback store unavailable', { channel: event.channel, error: claim.error });
    logHandled(deps, log, { outcome: 'failed:store' });
    return;
  }
  if (!claim.value) {
    logHandled(deps, log, { outcome: 'skipped:already-welcomed' });
    return;
  }
  // Posting to a user id opens (or reuses) the app's DM with them.
  const posted = await postReply(client, deps.logger, { channel: event.user }, welcomeMessage(deps.assistant.topics().examples));
  logHandled(deps, log, { outcome: posted === undefined ? 'failed:post' : 'welcomed' });
}
