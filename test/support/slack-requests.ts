import { createHmac } from 'node:crypto';
import { FAKE_BOT } from './fake-slack.js';

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/** Signs a body exactly as Slack does: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function signRequest(
  secret: string,
  body: string,
  contentType: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): SignedRequest {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
  };
}

let eventSequence = 0;

/** An Events API delivery (JSON), as Slack posts it. */
export function eventBody(event: Record<string, unknown>, eventId = `Ev${String(++eventSequence).padStart(8, '0')}`): string {
  return JSON.stringify({
    token: 'verification-token',
    team_id: FAKE_BOT.teamId,
    api_app_id: 'A0ONBOARD1',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false }],
  });
}

/** A slash command (url-encoded form), as Slack posts it. */
export function commandBody(text: string, responseUrl: string, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'verification-token',
    team_id: FAKE_BOT.teamId,
    team_domain: 'example',
    channel_id: 'C0GENERAL1',
    channel_name: 'general',
    user_id: 'U123ASKER',
    user_name: 'asker',
    command: '/onboard',
    text,
    api_app_id: 'A0ONBOARD1',
    response_url: responseUrl,
    trigger_id: '1.2.3',
    ...overrides,
  }).toString();
}

/** A block_actions interaction (`payload=` form) for one button. */
export function buttonBody(options: {
  actionId: string;
  value: string;
  responseUrl: string;
  channel?: string;
  message?: { ts: string; text: string; blocks: unknown[] };
}): string {
  const channel = options.channel ?? 'C0GENERAL1';
  const payload = {
    type: 'block_actions',
    user: { id: 'U456VOTER', username: 'voter', team_id: FAKE_BOT.teamId },
    api_app_id: 'A0ONBOARD1',
    token: 'verification-token',
    container: options.message === undefined
      ? { type: 'message', message_ts: '1800000000.999999', channel_id: channel, is_ephemeral: true }
      : { type: 'message', message_ts: options.message.ts, channel_id: channel, is_ephemeral: false },
    trigger_id: '1.2.3',
    team: { id: FAKE_BOT.teamId, domain: 'example' },
    channel: { id: channel, name: 'general' },
    ...(options.message === undefined ? {} : { message: { type: 'message', user: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, ...options.message } }),
    response_url: options.responseUrl,
    actions: [
      { type: 'button', action_id: options.actionId, block_id: 'feedback', value: options.value, text: { type: 'plain_text', text: 'button' }, action_ts: '1800000001.000000' },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
