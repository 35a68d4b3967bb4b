import { vi } from 'vitest';
import type { BlockButtonAction, RespondArguments } from '@slack/bolt';
import type { AppHomeOpenedArgs } from '../../src/slack/listeners/events/app-home-opened.js';
import type { AppMentionArgs } from '../../src/slack/listeners/events/app-mention.js';
import type { MemberJoinedChannelArgs } from '../../src/slack/listeners/events/member-joined-channel.js';
import type { OnboardCommandArgs } from '../../src/slack/listeners/commands/onboard-command.js';
import type { FeedbackVoteArgs } from '../../src/slack/listeners/actions/feedback-vote.js';
import type { MessageArgs } from '../../src/slack/listeners/messages/handle-message.js';
import { createFakeClient } from './fake-client.js';

/** The bot's own user id in every builder. */
export const BOT_USER_ID = 'UBOT';

/** Arguments for `handleAppMention`, as Bolt would pass them for a mention in #general. */
export function buildMentionArgs(event: Partial<AppMentionArgs['event']> = {}) {
  const client = createFakeClient();
  const args: AppMentionArgs = {
    event: {
      type: 'app_mention',
      user: 'U123ASKER',
      text: `<@${BOT_USER_ID}> how do I get my merge request reviewed?`,
      ts: '1700000100.000100',
      channel: 'C0GENERAL1',
      event_ts: '1700000100.000100',
      ...event,
    },
    client,
    context: { botUserId: BOT_USER_ID },
  };
  return { args, client };
}

/** Arguments for `handleMessage`; defaults to a top-level message from a person in #general. */
export function buildMessageArgs(message: Record<string, unknown> = {}) {
  const client = createFakeClient();
  const args = {
    message: {
      type: 'message',
      channel: 'C0GENERAL1',
      channel_type: 'channel',
      user: 'U123ASKER',
      text: 'How do I get my merge request reviewed?',
      ts: '1700000200.000200',
      event_ts: '1700000200.000200',
      ...message,
    },
    client,
    context: { botUserId: BOT_USER_ID },
    // Overrides may describe any message subtype (bot_message, message_changed...), so the shape is loose here.
  } as unknown as MessageArgs;
  return { args, client };
}

/** Arguments for `handleOnboardCommand` with recording `ack` and `respond`. */
export function buildCommandArgs(text: string) {
  const calls: string[] = [];
  const ack = vi.fn(async () => void calls.push('ack'));
  const respond = vi.fn(async (_message: string | RespondArguments) => {
    calls.push('respond');
    return new Response('ok');
  });
  const args: OnboardCommandArgs = {
    ack,
    respond,
    command: {
      token: 'verification-token',
      command: '/onboard',
      text,
      response_url: 'https://hooks.slack.com/commands/T1/1/abc',
      trigger_id: '1.2.3',
      user_id: 'U123ASKER',
      user_name: 'asker',
      team_id: 'T0TEAM0001',
      team_domain: 'example',
      channel_id: 'C0GENERAL1',
      channel_name: 'general',
      api_app_id: 'A0ONBOARD1',
    },
  };
  return { args, ack, respond, calls };
}

/** Arguments for a button click on a message (`ephemeral` for a slash-command answer, which comes without the message). */
export function buildButtonArgs(options: { actionId: string; value: string; ephemeral?: boolean; blocks?: unknown[]; text?: string }) {
  const client = createFakeClient();
  const ack = vi.fn(async () => undefined);
  const respond = vi.fn(async (_message: string | RespondArguments) => new Response('ok'));
  const ephemeral = options.ephemeral ?? false;
  const body = {
    type: 'block_actions',
    actions: [],
    team: { id: 'T0TEAM0001', domain: 'example' },
    user: { id: 'U456VOTER', username: 'voter' },
    channel: { id: 'C0GENERAL1', name: 'general' },
    container: { type: 'message', message_ts: '1700000300.000300', channel_id: 'C0GENERAL1', is_ephemeral: ephemeral },
    ...(ephemeral ? {} : { message: { type: 'message', ts: '1700000300.000300', text: options.text ?? 'answer text', blocks: options.blocks ?? [] } }),
    token: 'verification-token',
    response_url: 'https://hooks.slack.com/actions/T1/1/abc',
    trigger_id: '1.2.3',
    api_app_id: 'A0ONBOARD1',
  } as BlockButtonAction;
  const action: BlockButtonAction['actions'][number] = {
    type: 'button',
    block_id: 'feedback',
    action_id: options.actionId,
    action_ts: '1700000301.000000',
    value: options.value,
    text: { type: 'plain_text', text: 'button' },
  };
  const args: FeedbackVoteArgs = { ack, respond, body, action, client };
  return { args, client, ack, respond };
}

export function buildHomeArgs(tab: 'home' | 'messages' = 'home') {
  const client = createFakeClient();
  const args: AppHomeOpenedArgs = {
    event: { type: 'app_home_opened', user: 'U123ASKER', channel: 'D0ONBOARD1', tab, event_ts: '1700000400.000400' },
    client,
  };
  return { args, client };
}

export function buildMemberJoinedArgs(user: string, channel: string) {
  const client = createFakeClient();
  const args: MemberJoinedChannelArgs = {
    event: { type: 'member_joined_channel', user, channel, channel_type: 'C', team: 'T0TEAM0001', event_ts: '1700000500.000500' },
    client,
    context: { botUserId: BOT_USER_ID },
  };
  return { args, client };
}
