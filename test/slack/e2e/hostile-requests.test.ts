import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buttonBody, commandBody, eventBody, FORM, JSON_TYPE } from '../../support/slack-requests.js';
import { mention, startTestApp } from '../../support/start-test-app.js';
import type { TestApp } from '../../support/start-test-app.js';

const BODY_LIMIT = 64 * 1024;

/** A block_actions payload as Slack sends it, with `change` applied to the parsed payload. */
function tamperedClick(responseUrl: string, change: (payload: Record<string, unknown>) => void): string {
  const payload = JSON.parse(new URLSearchParams(buttonBody({ actionId: 'feedback_up', value: 'x', responseUrl })).get('payload') ?? '') as Record<string, unknown>;
  change(payload);
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A slash command form without one of its fields. */
function commandWithout(field: string, responseUrl: string): string {
  const form = new URLSearchParams(commandBody('How do I get my merge request reviewed?', responseUrl));
  form.delete(field);
  return form.toString();
}

describe('the Slack app over HTTP, given hostile requests', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ app: { bodyLimitBytes: BODY_LIMIT } });
  });

  afterAll(async () => {
    await app?.close();
  });

  beforeEach(() => app.reset());

  /** After each hostile request the app still answers a question, once. */
  async function expectStillServing(ts: string): Promise<void> {
    app.reset();
    const response = await app.sendEvent(mention(ts));
    expect(response.status).toBe(200);
    expect(app.fake.succeeded('chat.postMessage')).toHaveLength(1);
  }

  it('refuses a body over the size limit with 413 and one log line', async () => {
    const response = await app.post(JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(BODY_LIMIT) }), JSON_TYPE);
    expect(response.status).toBe(413);
    expect(app.logs).toEqual([expect.objectContaining({ level: 'warn', msg: 'request rejected', status: 413, reason: `body over ${BODY_LIMIT} bytes` })]);
    await expectStillServing('1700000200.000001');
  });

  it('refuses an oversized body sent in chunks without a length, before the signature is checked', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit, so the app has to stop reading rather than wait for the end.
        if (sent++ < 64) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${app.appUrl}/slack/events`, { method: 'POST', headers: { 'content-type': JSON_TYPE }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    // The unread rest of the body must not be taken for the next request on this connection.
    expect(response.headers.get('connection')).toBe('close');
    expect(app.logs).toEqual([expect.objectContaining({ msg: 'request rejected', status: 413 })]);
    await expectStillServing('1700000200.000002');
  });

  const malformed: { name: string; body: (responseUrl: string) => string; contentType: string; reason: string }[] = [
    { name: 'invalid JSON', body: () => '{"type": "event_callback", ', contentType: JSON_TYPE, reason: 'body is not valid JSON' },
    // Bolt reads `body.ssl_check` of this without a check: an unhandled rejection that ended the process.
    { name: 'JSON null', body: () => 'null', contentType: JSON_TYPE, reason: 'body is not a JSON object' },
    { name: 'a JSON array', body: () => '[1, 2]', contentType: JSON_TYPE, reason: 'body is not a JSON object' },
    { name: 'an unknown request type', body: () => JSON.stringify({ type: 'mystery_callback', team_id: 'T0TEAM0001' }), contentType: JSON_TYPE, reason: 'not an event, command or interaction' },
    { name: 'an event delivery whose event is null', body: () => JSON.stringify({ type: 'event_callback', event: null, event_id: 'Ev0NULL' }), contentType: JSON_TYPE, reason: 'event without a type' },
    { name: 'a slash command form without user_id', body: (url) => commandWithout('user_id', url), contentType: FORM, reason: 'slash command without user_id' },
    { name: 'a slash command form without command', body: (url) => commandWithout('command', url), contentType: FORM, reason: 'not an event, command or interaction' },
    { name: 'a button payload without actions', body: (url) => tamperedClick(url, (payload) => delete payload.actions), contentType: FORM, reason: 'interaction without actions' },
    { name: 'a button payload without a user', body: (url) => tamperedClick(url, (payload) => delete payload.user), contentType: FORM, reason: 'interaction without a user' },
    { name: 'a form whose payload is not JSON', body: () => 'payload=%7Bnot-json', contentType: FORM, reason: 'body is not valid JSON' },
  ];

  it.each(malformed)('answers $name with 400 and one log line, and keeps serving', async ({ body, contentType, reason }) => {
    const response = await app.post(body(app.fake.responseUrl('malformed')), contentType);
    expect(response.status).toBe(400);
    await app.slack.idle();
    expect(app.logs).toEqual([expect.objectContaining({ level: 'warn', msg: 'request rejected', status: 400, reason })]);
    expect(app.fake.calls).toEqual([]);
    await expectStillServing(`1700000210.${String(malformed.findIndex((item) => item.reason === reason)).padStart(6, '0')}`);
  });

  it('answers a wrong signature, a missing one and a stale one with 401 and one log line each', async () => {
    const body = eventBody(mention('1700000220.000001'));
    const wrong = await app.post(body, JSON_TYPE, { secret: '00000000000000000000000000000000' });
    const missing = await fetch(`${app.appUrl}/slack/events`, { method: 'POST', headers: { 'content-type': JSON_TYPE }, body });
    const stale = await app.post(body, JSON_TYPE, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect([wrong.status, missing.status, stale.status]).toEqual([401, 401, 401]);
    await app.slack.idle();
    expect(app.logs.map((line) => [line.msg, line.status])).toEqual([
      ['request rejected', 401],
      ['request rejected', 401],
      ['request rejected', 401],
    ]);
    expect(String(app.logs[0]?.reason)).toContain('signature mismatch');
    expect(String(app.logs[2]?.reason)).toContain('stale');
    expect(app.fake.calls).toEqual([]);
  });

  it('acknowledges an event type nobody listens to with 200 and one log line', async () => {
    const response = await app.post(
      eventBody({ type: 'reaction_added', user: 'U123ASKER', reaction: 'tada', item: { type: 'message', channel: 'C0GENERAL1', ts: '1.1' }, event_ts: '1700000230.000001' }),
      JSON_TYPE,
    );
    expect(response.status).toBe(200);
    await app.slack.idle();
    expect(app.logs).toEqual([expect.objectContaining({ level: 'info', msg: 'event with no listener ignored', eventType: 'reaction_added' })]);
    expect(app.fake.calls).toEqual([]);
  });

  it('acknowledges a feedback click with a tampered value at once, records nothing and logs one warning', async () => {
    const before = app.store.report();
    const response = await app.post(
      buttonBody({ actionId: 'feedback_up', value: '{"v":1,"q":"x","s":[["a","b","javascript:alert(1)"]]}', responseUrl: app.fake.responseUrl('t'), message: { ts: '1800000000.000123', text: 'x', blocks: [] } }),
      FORM,
    );
    expect(response.status).toBe(200);
    await app.slack.idle();
    expect(app.store.report()).toEqual(before);
    expect(app.fake.calls).toEqual([]);
    expect(app.logs.filter((line) => line.level !== 'info')).toEqual([
      expect.objectContaining({ level: 'warn', msg: 'feedback button with an invalid value ignored' }),
    ]);
  });

  it('acknowledges a click on a button it never posted at once, with one log line', async () => {
    const response = await app.post(buttonBody({ actionId: 'launch_rocket', value: 'now', responseUrl: app.fake.responseUrl('r') }), FORM);
    // Left to Bolt, this waited 3 seconds and answered 404.
    expect(response.status).toBe(200);
    await app.slack.idle();
    expect(app.logs).toEqual([expect.objectContaining({ level: 'warn', msg: 'button with an unknown action id ignored', actionId: 'launch_rocket' })]);
    expect(app.fake.calls).toEqual([]);
  });

  it('answers a request to an unknown path with 404 and keeps the health check up', async () => {
    const response = await fetch(`${app.appUrl}/slack/other`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(app.logs).toHaveLength(1);
    expect((await fetch(`${app.appUrl}/healthz`)).status).toBe(200);
  });
});
