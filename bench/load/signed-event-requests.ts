import { createHmac } from 'node:crypto';

export interface EventRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Where each event asks, so every answer can be told apart: its channel and thread. */
export interface SentEvent {
  channel: string;
  /** The thread the answer goes to; DMs are answered at the top level of their own channel. */
  threadTs?: string;
}

/**
 * An endless supply of distinct, correctly signed Events API deliveries: `app_mention`s in a
 * channel and `message.im`s, alternately, with the given questions in turn. Each has its own
 * event id and ts, and each DM its own channel, so each answer names the event it answers.
 */
export function createEventRequests(options: { signingSecret: string; questions: readonly string[]; botUserId: string; teamId: string }) {
  let sequence = 0;
  const sent: SentEvent[] = [];
  return {
    sent,
    next(): EventRequest {
      const n = ++sequence;
      const question = options.questions[n % options.questions.length] ?? 'help';
      const ts = `1700${String(n).padStart(6, '0')}.000100`;
      const isMention = n % 2 === 0;
      const channel = isMention ? 'C0LOADTEST1' : `D0LOAD${String(n).padStart(7, '0')}`;
      const event = isMention
        ? { type: 'app_mention', user: 'U0LOADTEST', text: `<@${options.botUserId}> ${question}`, ts, channel, event_ts: ts }
        : { type: 'message', channel_type: 'im', user: 'U0LOADTEST', text: question, ts, channel, event_ts: ts };
      sent.push(isMention ? { channel, threadTs: ts } : { channel });
      const body = JSON.stringify({
        token: 'verification-token',
        team_id: options.teamId,
        api_app_id: 'A0ONBOARD1',
        event,
        type: 'event_callback',
        event_id: `Ev0LOAD${String(n).padStart(8, '0')}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: options.teamId, user_id: options.botUserId, is_bot: true, is_enterprise_install: false }],
      });
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', options.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      return {
        method: 'POST',
        path: '/slack/events',
        headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
        body,
      };
    },
  };
}
