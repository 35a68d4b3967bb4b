import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventBody, JSON_TYPE } from '../../support/slack-requests.js';
import { mention, REVIEW_QUESTION, startTestApp } from '../../support/start-test-app.js';
import type { TestApp } from '../../support/start-test-app.js';

/** Headers Slack adds to its nth redelivery of an event. */
const retry = (num: number, reason = 'http_timeout') => ({ headers: { 'x-slack-retry-num': String(num), 'x-slack-retry-reason': reason } });

describe('the Slack app when Slack delivers an event more than once', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ app: { retryConfig: { retries: 2, factor: 1, minTimeout: 50, maxTimeout: 50 } } });
  });

  afterAll(async () => {
    await app?.close();
  });

  beforeEach(() => app.reset());

  const duplicates = () => app.logs.filter((line) => line.msg === 'duplicate event ignored');

  it("answers an event delivered three times on Slack's retry schedule once", async () => {
    const body = eventBody(mention('1700000500.000001'), 'Ev0SCHEDULE1');
    const statuses: number[] = [];
    for (const options of [{}, retry(1), retry(2)]) {
      statuses.push((await app.post(body, JSON_TYPE, options)).status);
      await app.slack.idle();
    }
    expect(statuses).toEqual([200, 200, 200]);
    expect(app.fake.succeeded('chat.postMessage')).toHaveLength(1);
    expect(duplicates().map((line) => [line.eventId, line.retryNum])).toEqual([
      ['Ev0SCHEDULE1', 1],
      ['Ev0SCHEDULE1', 2],
    ]);
  });

  it('answers identical deliveries that arrive at the same time once', async () => {
    const dm = { type: 'message', channel: 'D0ASKER001', channel_type: 'im', user: 'U123ASKER', text: REVIEW_QUESTION, ts: '1700000500.000002', event_ts: '1700000500.000002' };
    const body = eventBody(dm, 'Ev0CONCURRENT');
    const responses = await Promise.all([{}, {}, retry(1), retry(1), retry(2)].map((options) => app.post(body, JSON_TYPE, options)));
    await app.slack.idle();
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(app.fake.succeeded('chat.postMessage')).toEqual([expect.objectContaining({ args: expect.objectContaining({ channel: 'D0ASKER001' }) })]);
    expect(duplicates()).toHaveLength(4);
  });

  it('acknowledges redeliveries at once and still answers once while the first answer waits out a rate limit', async () => {
    app.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const body = eventBody(mention('1700000500.000003'), 'Ev0RATELIMIT');
    const first = await app.post(body, JSON_TYPE);
    // The first delivery is still being answered (the Web API client waits a second) when these arrive.
    const redeliveries = await Promise.all([app.post(body, JSON_TYPE, retry(1)), app.post(body, JSON_TYPE, retry(2, 'http_error'))]);
    expect([first, ...redeliveries].map((response) => response.status)).toEqual([200, 200, 200]);
    await app.slack.idle();
    expect(app.fake.succeeded('chat.postMessage')).toHaveLength(1);
    expect(app.fake.callsTo('chat.postMessage').map((call) => call.outcome)).toEqual(['failed', 'ok']);
    // Both redeliveries were turned away before the first delivery finished answering.
    expect(app.logs.map((line) => line.msg).filter((msg) => msg === 'duplicate event ignored' || msg === 'handled')).toEqual([
      'duplicate event ignored',
      'duplicate event ignored',
      'handled',
    ]);
  });
});
