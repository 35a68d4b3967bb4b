import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linesAt, mention, startTestApp } from '../../support/start-test-app.js';
import type { TestApp } from '../../support/start-test-app.js';

// Three attempts in all, quickly: production uses the same shape with longer waits.
const RETRIES = 2;
const TIMEOUT_MS = 300;

describe('the Slack app when the Web API fails', () => {
  let app: TestApp;
  let recoverOnFailedAttempt = false;
  let ts = 0;
  const nextMention = () => mention(`1700000300.${String(++ts).padStart(6, '0')}`);

  beforeAll(async () => {
    app = await startTestApp({
      app: { retryConfig: { retries: RETRIES, factor: 1, minTimeout: 50, maxTimeout: 50 }, webApiTimeoutMs: TIMEOUT_MS },
      onLog: (line) => {
        // The Web API client logs each attempt that got no answer; Slack "comes back" right after.
        if (recoverOnFailedAttempt && isFailedAttempt(line)) {
          recoverOnFailedAttempt = false;
          void app.fake.acceptConnections();
        }
      },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  beforeEach(() => app.reset());

  function isFailedAttempt(line: Record<string, unknown>): boolean {
    return line.level === 'warn' && String(line.msg).startsWith('http request failed');
  }

  const handled = () => app.logs.filter((line) => line.msg === 'handled');
  const posted = () => app.fake.succeeded('chat.postMessage');

  /** The app answers the next question once, with nothing logged as an error. */
  async function expectStillServing(): Promise<void> {
    app.reset();
    await app.sendEvent(nextMention());
    expect(posted()).toHaveLength(1);
    expect(linesAt(app.logs, 'error')).toEqual([]);
    expect((await fetch(`${app.appUrl}/healthz`)).status).toBe(200);
  }

  it('posts the answer exactly once, after the Retry-After wait, when chat.postMessage is rate limited', async () => {
    app.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const response = await app.sendEvent(nextMention());
    expect(response.status).toBe(200);
    const [limited, retried] = app.fake.callsTo('chat.postMessage');
    expect([limited?.outcome, retried?.outcome]).toEqual(['failed', 'ok']);
    expect(posted()).toHaveLength(1);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(linesAt(app.logs, 'error')).toEqual([]);
    expect(handled().map((line) => [line.type, line.confidence, line.outcome])).toEqual([['app_mention', 'high', undefined]]);
  });

  it('retries a 500 and posts once when a retry succeeds', async () => {
    app.fake.failNext('chat.postMessage', { status: 500 });
    app.fake.failNext('chat.postMessage', { status: 503 });
    await app.sendEvent(nextMention());
    expect(app.fake.callsTo('chat.postMessage').map((call) => call.outcome)).toEqual(['failed', 'failed', 'ok']);
    expect(posted()).toHaveLength(1);
    expect(linesAt(app.logs, 'error')).toEqual([]);
  });

  it('gives up after three attempts at 500 with one error line, and keeps serving', async () => {
    for (let attempt = 0; attempt <= RETRIES; attempt++) app.fake.failNext('chat.postMessage', { status: 500 });
    await app.sendEvent(nextMention());
    expect(app.fake.callsTo('chat.postMessage')).toHaveLength(RETRIES + 1);
    expect(posted()).toEqual([]);
    expect(linesAt(app.logs, 'error')).toEqual([
      expect.objectContaining({ msg: 'posting the reply failed', code: 'slack_webapi_http_error', status: 500, channel: 'C0GENERAL1' }),
    ]);
    expect(handled()).toEqual([expect.objectContaining({ outcome: 'failed:post' })]);
    await expectStillServing();
  });

  it('abandons a call that hangs past the timeout and posts once on the retry', async () => {
    app.fake.failNext('chat.postMessage', { hang: true });
    await app.sendEvent(nextMention());
    expect(app.fake.callsTo('chat.postMessage').map((call) => call.outcome)).toEqual(['hung', 'ok']);
    expect(posted()).toHaveLength(1);
    expect(linesAt(app.logs, 'error')).toEqual([]);
  });

  it('gives up on a call that keeps hanging after three timeouts, with one error line, and keeps serving', async () => {
    for (let attempt = 0; attempt <= RETRIES; attempt++) app.fake.failNext('chat.postMessage', { hang: true });
    await app.sendEvent(nextMention());
    expect(app.fake.callsTo('chat.postMessage').map((call) => call.outcome)).toEqual(['hung', 'hung', 'hung']);
    expect(linesAt(app.logs, 'error')).toEqual([
      expect.objectContaining({ msg: 'posting the reply failed', code: 'slack_webapi_request_error' }),
    ]);
    expect(handled()).toEqual([expect.objectContaining({ outcome: 'failed:post' })]);
    await expectStillServing();
  });

  it('retries when the connection is closed without an answer, and posts once', async () => {
    app.fake.failNext('chat.postMessage', { drop: true });
    await app.sendEvent(nextMention());
    expect(app.fake.callsTo('chat.postMessage').map((call) => call.outcome)).toEqual(['dropped', 'ok']);
    expect(posted()).toHaveLength(1);
    expect(linesAt(app.logs, 'error')).toEqual([]);
  });

  it('retries a refused connection and posts once when Slack is back', async () => {
    await app.fake.refuseConnections();
    recoverOnFailedAttempt = true;
    await app.sendEvent(nextMention());
    expect(app.logs.filter(isFailedAttempt)).toHaveLength(1);
    expect(posted()).toHaveLength(1);
    expect(linesAt(app.logs, 'error')).toEqual([]);
  });

  it('gives up on refused connections after three attempts with one error line, then answers once Slack is back', async () => {
    await app.fake.refuseConnections();
    await app.sendEvent(nextMention());
    expect(app.logs.filter(isFailedAttempt)).toHaveLength(RETRIES + 1);
    expect(linesAt(app.logs, 'error')).toEqual([
      expect.objectContaining({ msg: 'posting the reply failed', code: 'slack_webapi_request_error' }),
    ]);
    expect(app.fake.calls).toEqual([]);
    await app.fake.acceptConnections();
    await expectStillServing();
  });
});
