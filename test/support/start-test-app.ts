import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Assistant } from '../../src/answer/assistant.js';
import { createAssistant } from '../../src/answer/create-assistant.js';
import type { LogLevelName } from '../../src/config/config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { openFeedbackStore } from '../../src/feedback/feedback-store.js';
import type { FeedbackStore, FeedbackStoreOptions } from '../../src/feedback/feedback-store.js';
import { createSlackApp } from '../../src/slack/create-slack-app.js';
import type { CreateSlackAppOptions, SlackApp } from '../../src/slack/create-slack-app.js';
import { createLogger } from '../../src/slack/log/create-logger.js';
import { listSecrets } from '../../src/slack/log/list-secrets.js';
import { FAKE_BOT, startFakeSlack } from './fake-slack.js';
import type { FakeSlack, RecordedCall } from './fake-slack.js';
import { eventBody, JSON_TYPE, signRequest } from './slack-requests.js';

export const SIGNING_SECRET = '8f742231b10e8888abcd99aaa0ff85a5';
export const BOT_TOKEN = 'xoxb-1111-2222-faulttesttoken';
export const REVIEW_QUESTION = 'What is the review-response SLO for merge requests?';

export interface TestAppOptions {
  /** Default: the real assistant over the fixture handbook. */
  assistant?: Assistant;
  /** Web API retries and timeout, body limit... passed on to `createSlackApp`. */
  app?: Pick<CreateSlackAppOptions, 'retryConfig' | 'webApiTimeoutMs' | 'bodyLimitBytes'>;
  store?: FeedbackStoreOptions;
  logLevel?: LogLevelName;
  /** Sees each log line as it is written (already parsed), e.g. to react to a retry. */
  onLog?: (line: Record<string, unknown>) => void;
}

export interface PostOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

/** A real app over HTTP on a free loopback port, the fake Web API, and a SQLite file in a temp dir. */
export interface TestApp {
  slack: SlackApp;
  fake: FakeSlack;
  store: FeedbackStore;
  assistant: Assistant;
  dir: string;
  dbPath: string;
  appUrl: string;
  /** Every log line written, parsed, in order. */
  logs: Record<string, unknown>[];
  /** Every log line exactly as written, for scanning for secrets. */
  rawLogs: string[];
  /** Posts a signed request to `/slack/events`. */
  post(body: string, contentType: string, options?: PostOptions): Promise<Response>;
  /** Posts one Events API delivery and waits until the app has finished handling it. */
  sendEvent(event: Record<string, unknown>, eventId?: string): Promise<Response>;
  /** Forgets calls and log lines so far. */
  reset(): void;
  close(): Promise<void>;
}

/** The fixture handbook's assistant, built in memory (no index cache). */
export function buildFixtureAssistant(roots = ['test/fixtures/knowledge']): Promise<Assistant> {
  return createAssistant({ roots, cachePath: false });
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const assistant = options.assistant ?? (await buildFixtureAssistant());
  const fake = await startFakeSlack();
  const dir = mkdtempSync(join(tmpdir(), 'onboard-faults-'));
  const dbPath = join(dir, 'onboard.db');
  const store = openFeedbackStore(dbPath, options.store);
  const config = parseConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', ONBOARD_DB: dbPath });
  const logs: Record<string, unknown>[] = [];
  const rawLogs: string[] = [];
  const logger = createLogger({
    level: options.logLevel ?? 'info',
    secrets: listSecrets(config.slack),
    write: (line) => {
      rawLogs.push(line);
      const parsed = JSON.parse(line) as Record<string, unknown>;
      logs.push(parsed);
      options.onLog?.(parsed);
    },
  });
  const slack = createSlackApp({ config, assistant, store, logger, retryConfig: { retries: 0 }, ...options.app });
  const { port } = await slack.start();
  const appUrl = `http://127.0.0.1:${port}`;

  const post = (body: string, contentType: string, postOptions: PostOptions = {}): Promise<Response> => {
    const signed = signRequest(postOptions.secret ?? SIGNING_SECRET, body, contentType, postOptions.timestamp);
    return fetch(`${appUrl}/slack/events`, { method: 'POST', headers: { ...signed.headers, ...postOptions.headers }, body });
  };
  return {
    slack,
    fake,
    store,
    assistant,
    dir,
    dbPath,
    appUrl,
    logs,
    rawLogs,
    post,
    async sendEvent(event, eventId) {
      const response = await post(eventBody(event, eventId), JSON_TYPE);
      await slack.idle();
      return response;
    },
    reset() {
      fake.calls.length = 0;
      logs.length = 0;
      rawLogs.length = 0;
    },
    async close() {
      await slack.stop();
      store.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An `@Onboard <question>` in #general, at its own ts. */
export function mention(ts: string, question = REVIEW_QUESTION): Record<string, unknown> {
  return { type: 'app_mention', user: 'U123ASKER', text: `<@${FAKE_BOT.userId}> ${question}`, ts, channel: 'C0GENERAL1', event_ts: ts };
}

/** The value of the button with this action id in a recorded message. */
export function buttonValue(call: RecordedCall | undefined, actionId: string): string {
  const blocks = (call?.args.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
  return blocks.flatMap((block) => block.elements ?? []).find((element) => element.action_id === actionId)?.value ?? '';
}

/** Log lines at a level. */
export function linesAt(logs: Record<string, unknown>[], level: LogLevelName): Record<string, unknown>[] {
  return logs.filter((line) => line.level === level);
}
