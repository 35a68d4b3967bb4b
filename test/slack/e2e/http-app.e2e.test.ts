import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/answer/assistant.js';
import { createAssistant } from '../../../src/answer/create-assistant.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import { openFeedbackStore } from '../../../src/feedback/feedback-store.js';
import type { FeedbackStore } from '../../../src/feedback/feedback-store.js';
import { findLiveMentions } from '../../../src/slack/blocks/index.js';
import { createSlackApp } from '../../../src/slack/create-slack-app.js';
import type { SlackApp } from '../../../src/slack/create-slack-app.js';
import { createLogger } from '../../../src/slack/log/create-logger.js';
import { FAKE_BOT, startFakeSlack } from '../../support/fake-slack.js';
import type { FakeSlack, RecordedCall } from '../../support/fake-slack.js';
import { buttonBody, commandBody, eventBody, FORM, JSON_TYPE, signRequest } from '../../support/slack-requests.js';
import { timeRequestInWorker } from '../../support/time-request-in-worker.js';

const SIGNING_SECRET = '8f742231b10e8888abcd99aaa0ff85a5';
const BOT_TOKEN = 'xoxb-1111-2222-e2etesttoken';
const REVIEW_QUESTION = 'What is the review-response SLO for merge requests?';
const REVIEW_PAGE = 'https://about.gitlab.com/handbook/engineering/workflow/code-review/#';
const UNKNOWN_QUESTION = 'What is the wifi password in the Utrecht office?';
const SLOW_QUESTION = 'What is the slowest question?';
const SLOW_ANSWER_MS = 3200;

/**
 * The real assistant over the fixture handbook, with one question that takes longer than
 * Slack's 3-second acknowledgement window.
 */
async function buildAssistant(): Promise<Assistant> {
  const assistant = await createAssistant({ roots: ['test/fixtures/knowledge'], cachePath: false });
  return {
    topics: () => assistant.topics(),
    role: (name) => assistant.role(name),
    info: () => assistant.info(),
    answer(question, options) {
      if (question === SLOW_QUESTION) {
        // Answering is synchronous in the core, so a slow answer blocks the event loop like this.
        const until = Date.now() + SLOW_ANSWER_MS;
        while (Date.now() < until) {
          // busy wait on purpose
        }
      }
      return assistant.answer(question, options);
    },
  };
}

/** Every text a message renders (`text` fields; not button values, which Slack never shows as text). */
function textsOf(call: RecordedCall | undefined): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'text' && typeof child === 'string') texts.push(child);
        else visit(child);
      }
    }
  };
  visit({ text: call?.args.text, blocks: call?.args.blocks });
  return texts;
}

/** The value of the button with this action id in a recorded message. */
function buttonValue(call: RecordedCall | undefined, actionId: string): string {
  const blocks = (call?.args.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
  return blocks.flatMap((block) => block.elements ?? []).find((element) => element.action_id === actionId)?.value ?? '';
}

describe('the Slack app over HTTP', () => {
  let fake: FakeSlack;
  let slack: SlackApp;
  let store: FeedbackStore;
  let dir: string;
  let appUrl: string;
  let assistant: Assistant;
  let reviewUrl: string;
  const logs: Record<string, unknown>[] = [];

  const post = async (body: string, contentType: string, options: { timestamp?: number; secret?: string; headers?: Record<string, string> } = {}) => {
    const signed = signRequest(options.secret ?? SIGNING_SECRET, body, contentType, options.timestamp);
    return fetch(`${appUrl}/slack/events`, { method: 'POST', headers: { ...signed.headers, ...options.headers }, body });
  };
  const sendEvent = async (event: Record<string, unknown>, eventId?: string) => {
    const response = await post(eventBody(event, eventId), JSON_TYPE);
    await slack.idle();
    return response;
  };

  beforeAll(async () => {
    assistant = await buildAssistant();
    // The section the core picks for the question; the tests check that exactly this one is linked.
    reviewUrl = assistant.answer(REVIEW_QUESTION).sources[0]?.url ?? '';
    fake = await startFakeSlack();
    dir = mkdtempSync(join(tmpdir(), 'onboard-e2e-'));
    store = openFeedbackStore(join(dir, 'onboard.db'));
    const config = parseConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      ONBOARD_DB: join(dir, 'onboard.db'),
      ONBOARD_WELCOME_CHANNELS: 'C0NEWHIRES1',
    });
    const logger = createLogger({
      level: 'info',
      write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
      secrets: [SIGNING_SECRET],
    });
    slack = createSlackApp({ config, assistant, store, logger, retryConfig: { retries: 0 } });
    const { port } = await slack.start();
    appUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await slack?.stop();
    store?.close();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    fake.calls.length = 0;
    logs.length = 0;
  });

  it('checks the bot token with auth.test at start', async () => {
    // Calls are cleared before each test, so start a second app to watch it happen.
    const second = createSlackApp({
      config: parseConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' }),
      assistant,
      store,
      logger: createLogger({ level: 'error', write: () => undefined }),
      retryConfig: { retries: 0 },
    });
    await second.start();
    await second.stop();
    expect(fake.callsTo('auth.test')).toEqual([expect.objectContaining({ authorized: true })]);
  });

  it('fails to start with a clear message when Slack refuses the token', async () => {
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const refused = createSlackApp({
      config: parseConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' }),
      assistant,
      store,
      logger: createLogger({ level: 'error', write: () => undefined }),
      retryConfig: { retries: 0 },
    });
    await expect(refused.start()).rejects.toThrow(
      'Onboard: Slack did not accept SLACK_BOT_TOKEN (invalid_auth). Check the token and SLACK_API_URL.',
    );
  });

  it('answers the url_verification challenge', async () => {
    const response = await post(JSON.stringify({ token: 't', challenge: 'c0ffee', type: 'url_verification' }), JSON_TYPE);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'c0ffee' });
  });

  it('serves /healthz with the index size and freshness and no secrets', async () => {
    const response = await fetch(`${appUrl}/healthz`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const { pages, sections, builtAt } = assistant.info();
    expect(JSON.parse(text)).toMatchObject({ status: 'ok', mode: 'http', index: { pages, sections, builtAt } });
    expect(text).not.toContain(BOT_TOKEN);
    expect(text).not.toContain(SIGNING_SECRET);
  });

  it('answers a mention in a thread under it, linking the right section', async () => {
    const response = await sendEvent({
      type: 'app_mention',
      user: 'U123ASKER',
      text: `<@${FAKE_BOT.userId}> ${REVIEW_QUESTION}`,
      ts: '1700000100.000100',
      channel: 'C0GENERAL1',
      event_ts: '1700000100.000100',
    });
    expect(response.status).toBe(200);
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args).toMatchObject({ channel: 'C0GENERAL1', thread_ts: '1700000100.000100' });
    expect(reviewUrl.startsWith(REVIEW_PAGE)).toBe(true);
    expect(JSON.stringify(posts[0]?.args.blocks)).toContain(reviewUrl);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'handled', type: 'app_mention', channel: 'C0GENERAL1', confidence: 'high' }));
  });

  it('answers a DM at the top level', async () => {
    await sendEvent({ type: 'message', channel: 'D0ASKER001', channel_type: 'im', user: 'U123ASKER', text: REVIEW_QUESTION, ts: '1700000110.000110', event_ts: '1700000110.000110' });
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe('D0ASKER001');
    expect(posts[0]?.args).not.toHaveProperty('thread_ts');
  });

  it('answers an acronym DM\'d alone with what it stands for', async () => {
    await sendEvent({ type: 'message', channel: 'D0ASKER001', channel_type: 'im', user: 'U123ASKER', text: 'SLO?', ts: '1700000115.000115', event_ts: '1700000115.000115' });
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]?.args.blocks)).toContain('Service-level Objective (SLO)');
  });

  it('rejects a bad signature with 401 and answers nothing', async () => {
    const response = await post(
      eventBody({ type: 'app_mention', user: 'U123ASKER', text: `<@${FAKE_BOT.userId}> ${REVIEW_QUESTION}`, ts: '1.1', channel: 'C0GENERAL1', event_ts: '1.1' }),
      JSON_TYPE,
      { secret: '00000000000000000000000000000000' },
    );
    expect(response.status).toBe(401);
    await slack.idle();
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('rejects a request signed more than 5 minutes ago with 401', async () => {
    const response = await post(commandBody(REVIEW_QUESTION, fake.responseUrl('stale')), FORM, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
    await slack.idle();
    expect(fake.calls).toEqual([]);
  });

  it('answers a retried event once, even when the retry arrives concurrently', async () => {
    const event = { type: 'app_mention', user: 'U123ASKER', text: `<@${FAKE_BOT.userId}> ${REVIEW_QUESTION}`, ts: '1700000120.000120', channel: 'C0GENERAL1', event_ts: '1700000120.000120' };
    const body = eventBody(event, 'Ev0RETRIED1');
    const responses = await Promise.all([
      post(body, JSON_TYPE),
      post(body, JSON_TYPE, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }),
    ]);
    await slack.idle();
    const late = await post(body, JSON_TYPE, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    await slack.idle();
    expect([...responses, late].map((response) => response.status)).toEqual([200, 200, 200]);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it("does not answer another bot's message or its own", async () => {
    const base = { type: 'message', channel: 'C0GENERAL1', channel_type: 'channel', text: REVIEW_QUESTION, ts: '1700000130.000130', event_ts: '1700000130.000130' };
    await sendEvent({ ...base, subtype: 'bot_message', bot_id: 'B0OTHERBOT', username: 'deploy-bot' });
    await sendEvent({ ...base, user: 'U0HUMANBOT', bot_id: 'B0OTHERBOT' });
    await sendEvent({ ...base, user: FAKE_BOT.userId, bot_id: FAKE_BOT.botId });
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers a channel question unprompted only when confident, in a thread', async () => {
    const base = { type: 'message', channel: 'C0GENERAL1', channel_type: 'channel', user: 'U123ASKER' };
    await sendEvent({ ...base, text: UNKNOWN_QUESTION, ts: '1700000140.000140', event_ts: '1700000140.000140' });
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    await sendEvent({ ...base, text: REVIEW_QUESTION, ts: '1700000141.000141', event_ts: '1700000141.000141' });
    expect(fake.callsTo('chat.postMessage').map((call) => call.args.thread_ts)).toEqual(['1700000141.000141']);
  });

  it('answers a message that mentions it once, through app_mention only', async () => {
    const ts = '1700000150.000150';
    const text = `<@${FAKE_BOT.userId}> ${REVIEW_QUESTION}`;
    await Promise.all([
      post(eventBody({ type: 'message', channel: 'C0GENERAL1', channel_type: 'channel', user: 'U123ASKER', text, ts, event_ts: ts }), JSON_TYPE),
      post(eventBody({ type: 'app_mention', channel: 'C0GENERAL1', user: 'U123ASKER', text, ts, event_ts: ts }), JSON_TYPE),
    ]);
    await slack.idle();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('posts nothing that pings when a question contains <!channel>, even echoed back', async () => {
    await sendEvent({
      type: 'app_mention',
      user: 'U123ASKER',
      text: `<@${FAKE_BOT.userId}> <!channel> ${REVIEW_QUESTION}`,
      ts: '1700000160.000160',
      channel: 'C0GENERAL1',
      event_ts: '1700000160.000160',
    });
    // Typed literally, "<!channel>" arrives escaped; the shared answer quotes the question back.
    await post(commandBody(`&lt;!channel&gt; &lt;!here&gt; ${REVIEW_QUESTION}`, fake.responseUrl('echo')), FORM);
    await slack.idle();
    const [ephemeral] = fake.callsTo('response_url');
    const shareValue = buttonValue(ephemeral, 'share_answer');
    expect(shareValue).toContain('<!channel>');
    await post(buttonBody({ actionId: 'share_answer', value: shareValue, responseUrl: fake.responseUrl('echo-share') }), FORM);
    await slack.idle();
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(textsOf(posts[0]).flatMap(findLiveMentions)).toEqual([]);
    expect(textsOf(ephemeral).flatMap(findLiveMentions)).toEqual([]);
    expect(JSON.stringify(posts[1]?.args.blocks)).toContain('&lt;!channel&gt;');
    expect(textsOf(posts[1]).flatMap(findLiveMentions)).toEqual(['<@U456VOTER>']);
  });

  it('answers a reply in a thread it answered as a follow-up, in that thread', async () => {
    const thread = '1700000165.000165';
    await sendEvent({ type: 'app_mention', user: 'U123ASKER', text: `<@${FAKE_BOT.userId}> ${REVIEW_QUESTION}`, ts: thread, channel: 'C0GENERAL1', event_ts: thread });
    await sendEvent({ type: 'message', channel: 'C0GENERAL1', channel_type: 'channel', user: 'U123ASKER', text: 'And how long should the review take?', ts: '1700000166.000166', thread_ts: thread, event_ts: '1700000166.000166' });
    expect(fake.callsTo('chat.postMessage').map((call) => call.args.thread_ts)).toEqual([thread, thread]);
    const reader = openFeedbackStore(join(dir, 'onboard.db'));
    try {
      expect(reader.threadQuestion('C0GENERAL1', thread)).toEqual({ ok: true, value: REVIEW_QUESTION });
    } finally {
      reader.close();
    }
  });

  it('acknowledges a slash command within 3 seconds even when answering is slow', async () => {
    const signed = signRequest(SIGNING_SECRET, commandBody(SLOW_QUESTION, fake.responseUrl('slow')), FORM);
    const timing = await timeRequestInWorker({ url: `${appUrl}/slack/events`, headers: signed.headers, body: signed.body });
    await slack.idle();
    expect(timing.status).toBe(200);
    expect(timing.elapsedMs).toBeLessThan(3000);
    const responses = fake.callsTo('response_url');
    expect(responses).toEqual([expect.objectContaining({ responseId: 'slow', args: expect.objectContaining({ response_type: 'ephemeral' }) })]);
  });

  it('answers /onboard ephemerally, then shares the answer in the channel and deletes the ephemeral one', async () => {
    const response = await post(commandBody(REVIEW_QUESTION, fake.responseUrl('command')), FORM);
    expect(response.status).toBe(200);
    await slack.idle();
    const [ephemeral] = fake.callsTo('response_url');
    expect(ephemeral?.args).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(ephemeral?.args.blocks)).toContain(reviewUrl);

    await post(buttonBody({ actionId: 'share_answer', value: REVIEW_QUESTION, responseUrl: fake.responseUrl('share') }), FORM);
    await slack.idle();
    const shared = fake.callsTo('chat.postMessage');
    expect(shared).toHaveLength(1);
    expect(shared[0]?.args.channel).toBe('C0GENERAL1');
    expect(JSON.stringify(shared[0]?.args.blocks)).toContain(reviewUrl);
    expect(textsOf(shared[0]).flatMap(findLiveMentions)).toEqual(['<@U456VOTER>']);
    expect(fake.callsTo('response_url').filter((call) => call.responseId === 'share').map((call) => call.args)).toEqual([{ delete_original: true }]);
  });

  it('records a feedback vote in the database file and updates the message', async () => {
    await sendEvent({ type: 'app_mention', user: 'U123ASKER', text: `<@${FAKE_BOT.userId}> ${REVIEW_QUESTION}`, ts: '1700000170.000170', channel: 'C0GENERAL1', event_ts: '1700000170.000170' });
    const [answer] = fake.callsTo('chat.postMessage');
    const value = buttonValue(answer, 'feedback_up');
    const message = { ts: '1800000000.000777', text: String(answer?.args.text), blocks: answer?.args.blocks as unknown[] };

    const response = await post(buttonBody({ actionId: 'feedback_up', value, responseUrl: fake.responseUrl('vote'), message }), FORM);
    expect(response.status).toBe(200);
    await slack.idle();

    const reader = openFeedbackStore(join(dir, 'onboard.db'));
    try {
      const report = reader.report();
      expect(report.ok && report.value.totals).toMatchObject({ votes: 1, up: 1, down: 0 });
      expect(report.ok && report.value.sections).toContainEqual(expect.objectContaining({ url: reviewUrl, up: 1, down: 0 }));
    } finally {
      reader.close();
    }
    const [update] = fake.callsTo('chat.update');
    expect(update?.args).toMatchObject({ channel: 'C0GENERAL1', ts: '1800000000.000777' });
    expect(JSON.stringify(update?.args.blocks)).toContain('Thanks, noted 👍');
  });

  it('ignores a tampered feedback value and records nothing', async () => {
    const before = store.report();
    await post(buttonBody({ actionId: 'feedback_down', value: 'not-a-real-value', responseUrl: fake.responseUrl('tampered'), message: { ts: '1800000000.000888', text: 'x', blocks: [] } }), FORM);
    await slack.idle();
    expect(store.report()).toEqual(before);
    expect(fake.callsTo('chat.update')).toEqual([]);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'feedback button with an invalid value ignored' }));
  });

  it('logs a Web API failure and keeps serving', async () => {
    fake.failNext('chat.postMessage', { status: 500 });
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    const mention = (ts: string) => ({ type: 'app_mention', user: 'U123ASKER', text: `<@${FAKE_BOT.userId}> ${REVIEW_QUESTION}`, ts, channel: 'C0GENERAL1', event_ts: ts });
    await sendEvent(mention('1700000180.000180'));
    await sendEvent(mention('1700000181.000181'));
    await sendEvent(mention('1700000182.000182'));
    const errors = logs.filter((line) => line.msg === 'posting the reply failed');
    expect(errors).toEqual([
      expect.objectContaining({ level: 'error', code: 'slack_webapi_http_error', status: 500 }),
      expect.objectContaining({ level: 'error', code: 'slack_webapi_platform_error', slackError: 'channel_not_found' }),
    ]);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(3);
    expect((await fetch(`${appUrl}/healthz`)).status).toBe(200);
    expect(logs.filter((line) => line.msg === 'handled').map((line) => line.outcome)).toEqual(['failed:post', 'failed:post', undefined]);
  });

  it('publishes the Home tab and welcomes a new member once', async () => {
    await sendEvent({ type: 'app_home_opened', user: 'U123ASKER', channel: 'D0ASKER001', tab: 'home', event_ts: '1700000190.000190' });
    expect(fake.callsTo('views.publish')).toEqual([expect.objectContaining({ args: expect.objectContaining({ user_id: 'U123ASKER' }) })]);
    const joined = { type: 'member_joined_channel', user: 'U0NEWHIRE1', channel: 'C0NEWHIRES1', channel_type: 'C', team: FAKE_BOT.teamId, event_ts: '1700000191.000191' };
    await sendEvent(joined);
    await sendEvent({ ...joined, event_ts: '1700000192.000192' });
    expect(fake.callsTo('chat.postMessage').map((call) => call.args.channel)).toEqual(['U0NEWHIRE1']);
  });

  it('never logs the bot token or the signing secret', () => {
    const all = JSON.stringify(logs);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});
