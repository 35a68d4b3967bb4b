import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse-config.js';
import { createSlackApp } from '../../../src/slack/create-slack-app.js';
import { createLogger } from '../../../src/slack/log/create-logger.js';
import { listSecrets } from '../../../src/slack/log/list-secrets.js';
import { buttonBody, commandBody, eventBody, FORM, JSON_TYPE } from '../../support/slack-requests.js';
import { BOT_TOKEN, buttonValue, mention, SIGNING_SECRET, startTestApp } from '../../support/start-test-app.js';
import type { TestApp } from '../../support/start-test-app.js';

// Pieces of each secret too, in case one is cut rather than redacted whole.
const SECRET_PARTS = [BOT_TOKEN, BOT_TOKEN.slice(-14), SIGNING_SECRET, SIGNING_SECRET.slice(0, 16), SIGNING_SECRET.slice(-16)];

function expectNoSecrets(text: string): void {
  for (const part of SECRET_PARTS) expect(text).not.toContain(part);
}

describe('the Slack app and its secrets', () => {
  let app: TestApp;

  beforeAll(async () => {
    // Debug level: the most the app and the Slack SDK ever write.
    app = await startTestApp({ logLevel: 'debug', app: { retryConfig: { retries: 1, factor: 1, minTimeout: 20, maxTimeout: 20 }, webApiTimeoutMs: 200 }, store: { busyTimeoutMs: 20 } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('keeps the bot token and signing secret out of every log line through answers, rejections and failures', async () => {
    await app.sendEvent(mention('1700000700.000001'));
    const answer = app.fake.succeeded('chat.postMessage')[0];

    await app.post(eventBody(mention('1700000700.000002')), JSON_TYPE, { secret: 'ffffffffffffffffffffffffffffffff' });
    await app.post('{"not json', JSON_TYPE);
    await app.post(commandBody('How do I get my merge request reviewed?', app.fake.responseUrl('cmd')), FORM);
    app.fake.failNext('chat.postMessage', { status: 500 });
    app.fake.failNext('chat.postMessage', { error: 'not_authed' });
    await app.sendEvent(mention('1700000700.000003'));
    app.fake.failNext('chat.postMessage', { hang: true });
    app.fake.failNext('chat.postMessage', { drop: true });
    await app.sendEvent(mention('1700000700.000004'));
    await app.fake.refuseConnections();
    await app.sendEvent(mention('1700000700.000005'));
    await app.fake.acceptConnections();

    const lock = new Database(app.dbPath);
    lock.exec('BEGIN IMMEDIATE');
    const message = { ts: '1800000000.000700', text: 'answer', blocks: answer?.args.blocks as unknown[] };
    await app.post(buttonBody({ actionId: 'feedback_up', value: buttonValue(answer, 'feedback_up'), responseUrl: app.fake.responseUrl('v'), message }), FORM);
    await app.slack.idle();
    lock.exec('ROLLBACK');
    lock.close();

    // The run went through every path above: errors, warnings and the SDK's debug lines.
    const levels = new Set(app.logs.map((line) => line.level));
    expect([...levels].sort()).toEqual(['debug', 'error', 'info', 'warn']);
    expect(app.logs.filter((line) => line.msg === 'posting the reply failed').length).toBeGreaterThanOrEqual(2);
    expectNoSecrets(app.rawLogs.join('\n'));
  });

  it('keeps them out of /healthz', async () => {
    const text = await (await fetch(`${app.appUrl}/healthz`)).text();
    expect(JSON.parse(text)).toMatchObject({ status: 'ok' });
    expectNoSecrets(text);
  });

  it('keeps them out of the error thrown when Slack refuses the token at start, and its log lines', async () => {
    const lines: string[] = [];
    const config = parseConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: app.fake.apiUrl, PORT: '0' });
    app.fake.failNext('auth.test', { error: 'invalid_auth' });
    const refused = createSlackApp({
      config,
      assistant: app.assistant,
      store: app.store,
      logger: createLogger({ level: 'debug', write: (line) => lines.push(line), secrets: listSecrets(config.slack) }),
      retryConfig: { retries: 0 },
    });
    const error = await refused.start().then(
      () => new Error('expected start to fail'),
      (thrown: unknown) => thrown as Error,
    );
    expect(error.message).toBe('Onboard: Slack did not accept SLACK_BOT_TOKEN (invalid_auth). Check the token and SLACK_API_URL.');
    expectNoSecrets(`${error.message}\n${String(error.stack)}\n${lines.join('\n')}`);
  });

  it('names the variable, not the value, when a token has the wrong prefix', () => {
    const value = 'xoxp-1111-2222-usertokenvalue';
    expect(() => parseConfig({ SLACK_BOT_TOKEN: value })).toThrow(/^Onboard: SLACK_BOT_TOKEN must start with "xoxb-"/);
    expect(() => parseConfig({ SLACK_BOT_TOKEN: value })).not.toThrow(value);
  });
});
