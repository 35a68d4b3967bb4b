import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { createSlackApp } from '../../src/slack/create-slack-app.js';
import { createLogger } from '../../src/slack/log/create-logger.js';
import { createFakeAssistant } from '../support/fake-assistant.js';
import { startFakeSlack } from '../support/fake-slack.js';
import type { FakeSlack } from '../support/fake-slack.js';
import { createFakeStore } from '../support/fake-store.js';

const BOT_TOKEN = 'xoxb-1111-2222-createtest';
const APP_TOKEN = 'xapp-1-A111-2222-createtest';
const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';

describe('createSlackApp', () => {
  let fake: FakeSlack;
  const build = (env: Record<string, string>) =>
    createSlackApp({
      config: parseConfig({ SLACK_API_URL: fake.apiUrl, PORT: '0', ...env }),
      assistant: createFakeAssistant(),
      store: createFakeStore(),
      logger: createLogger({ level: 'error', write: () => undefined }),
      retryConfig: { retries: 0 },
    });

  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('refuses to build without Slack credentials', () => {
    expect(() => build({})).toThrow(
      'Onboard: cannot connect to Slack without SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP).',
    );
  });

  it('uses HTTP with a signing secret', () => {
    expect(build({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET }).mode).toBe('http');
  });

  it('opens Socket Mode through SLACK_API_URL with the app token, and names it when refused', async () => {
    fake.calls.length = 0;
    fake.failNext('apps.connections.open', { error: 'invalid_auth' });
    const slack = build({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(slack.mode).toBe('socket');
    await expect(slack.start()).rejects.toThrow(
      'Onboard: could not open a Socket Mode connection (invalid_auth). Check SLACK_APP_TOKEN: an app-level token with the connections:write scope.',
    );
    await slack.stop();
    expect(fake.calls.map((call) => [call.method, call.authorized])).toEqual([
      ['auth.test', true],
      ['apps.connections.open', true],
    ]);
  });

  it('names the port it cannot listen on', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const slack = build({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port) });
    try {
      await expect(slack.start()).rejects.toThrow(`Onboard: could not listen on PORT ${port} (EADDRINUSE).`);
    } finally {
      blocker.close();
    }
  });
});
