import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import type { webApi } from '@slack/bolt';
import type { Assistant } from '../answer/assistant.js';
import type { Config } from '../config/config.js';
import { selectSlackMode } from '../config/select-slack-mode.js';
import { ACTION_IDS } from './blocks/index.js';
import { healthRoute } from './health-route.js';
import { createHttpReceiver } from './http/create-http-receiver.js';
import { register as registerActions } from './listeners/actions/index.js';
import { register as registerCommands } from './listeners/commands/index.js';
import { EVENT_TYPES, register as registerEvents } from './listeners/events/index.js';
import { register as registerMessages } from './listeners/messages/index.js';
import { register as registerViews } from './listeners/views/index.js';
import type { Logger } from './log/create-logger.js';
import { toBoltLogger } from './log/to-bolt-logger.js';
import { createInFlightTracker } from './middleware/create-in-flight-tracker.js';
import { createRecentSet } from './middleware/create-recent-set.js';
import { dedupeEvents } from './middleware/dedupe-events.js';
import { ignoreUnhandled } from './middleware/ignore-unhandled.js';
import { takeTurns } from './middleware/take-turns.js';
import { slackErrorCode } from './reply/slack-error-code.js';
import type { SlackDeps, SlackStore } from './slack-deps.js';

export interface CreateSlackAppOptions {
  config: Config;
  assistant: Assistant;
  store: SlackStore;
  logger: Logger;
  /**
   * Web API retry policy. Default: two quick retries, since an answer that turns up minutes
   * later (the Web API client's own default) is worse than a logged failure.
   */
  retryConfig?: webApi.RetryOptions;
  /** How long one Web API call may take before it is abandoned (and retried). Default 10 s. */
  webApiTimeoutMs?: number;
  /** Largest request body accepted on `/slack/events`, in bytes; larger ones get 413. Default 1 MiB. */
  bodyLimitBytes?: number;
  clock?: () => number;
}

/** A Bolt app wired to Onboard's listeners, not yet connected. */
export interface SlackApp {
  app: App;
  mode: 'socket' | 'http';
  /**
   * Checks the bot token with Slack (failing with a clear message if it is refused), then
   * starts receiving. Resolves with the port of the HTTP server (events in HTTP mode, `/healthz` in both).
   */
  start(): Promise<{ port: number }>;
  /** Stops receiving, then waits for requests being handled to finish. */
  stop(): Promise<void>;
  /** Resolves when no request is being handled. */
  idle(): Promise<void>;
}

const DEFAULT_RETRY: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1000 };
// Slack answers in well under a second. The Web API client has no timeout of its own, so one
// stalled connection would otherwise hold a reply (and shutdown, which waits for it) forever.
const DEFAULT_WEB_API_TIMEOUT_MS = 10_000;
// Slack's payloads are a few kilobytes; even a block action carrying a 50-block message stays far
// below this. The limit applies before the signature is checked, so it bounds what anyone can make us buffer.
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
// Slack retries a delivery up to three times over about five minutes; an hour covers that with room.
const DEDUPE = { maxSize: 10_000, ttlMs: 60 * 60 * 1000 };
// At 10-30 ms a question, up to a minute of answering: a later answer helps nobody, and each
// waiting delivery holds its request in memory (tens of kilobytes with the heap's headroom).
const MAX_WAITING_EVENTS = 2000;

/**
 * Builds the Bolt app: Socket Mode with bot + app tokens, HTTP (`/slack/events`, signatures
 * verified) with bot token + signing secret. The core reaches Slack only through here.
 */
export function createSlackApp(options: CreateSlackAppOptions): SlackApp {
  const { config, assistant, logger } = options;
  const mode = selectSlackMode(config.slack);
  if (mode.kind === 'none') throw new Error(`Onboard: cannot connect to Slack without ${mode.missing.join(' and ')}.`);
  // Bolt writes its logger into the options object it is given, so each gets its own.
  const clientOptions = (): webApi.WebClientOptions => ({
    slackApiUrl: config.slack.apiUrl,
    retryConfig: options.retryConfig ?? DEFAULT_RETRY,
    timeout: options.webApiTimeoutMs ?? DEFAULT_WEB_API_TIMEOUT_MS,
  });
  const customRoutes = [healthRoute({ assistant, logger, mode: mode.kind })];
  const shared = {
    token: mode.botToken,
    logger: toBoltLogger(logger),
    clientOptions: clientOptions(),
    convoStore: false as const,
    // start() runs the token check itself, so a refused token is an error we can explain.
    deferInitialization: true,
  };
  const app =
    mode.kind === 'socket'
      ? new App({ ...shared, customRoutes, appToken: mode.appToken, socketMode: true, installerOptions: { port: config.slack.port, clientOptions: clientOptions() } })
      : new App({
          ...shared,
          receiver: createHttpReceiver({
            signingSecret: mode.signingSecret,
            port: config.slack.port,
            customRoutes,
            logger,
            bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
          }),
        });

  const tracker = createInFlightTracker();
  app.use(tracker.middleware);
  app.use(dedupeEvents(createRecentSet(DEDUPE), logger));
  // What the listeners registered below serve: the event listeners and the one `message` listener, the buttons.
  app.use(ignoreUnhandled({ eventTypes: [...EVENT_TYPES, 'message'], actionIds: Object.values(ACTION_IDS) }, logger));
  app.use(takeTurns({ maxWaiting: MAX_WAITING_EVENTS }, logger));
  app.error(async (error) => logger.error('unhandled error in a Slack listener', error));

  const deps: SlackDeps = {
    assistant,
    store: options.store,
    logger,
    settings: { channelReplies: config.channelReplies, welcomeChannels: config.welcomeChannels },
    clock: options.clock ?? (() => performance.now()),
  };
  for (const register of [registerCommands, registerEvents, registerActions, registerMessages, registerViews]) register(app, deps);

  return {
    app,
    mode: mode.kind,
    async start() {
      await initialize(app);
      const server = await connect(app, mode.kind, config.slack.port);
      return { port: listeningPort(server) ?? config.slack.port };
    },
    async stop() {
      await app.stop();
      await tracker.idle();
    },
    idle: () => tracker.idle(),
  };
}

async function initialize(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const code = slackErrorCode(error);
    const reason = code === undefined ? (error as Error).message : code;
    throw new Error(`Onboard: Slack did not accept SLACK_BOT_TOKEN (${reason}). Check the token and SLACK_API_URL.`, { cause: error });
  }
}

async function connect(app: App, mode: 'socket' | 'http', port: number): Promise<unknown> {
  try {
    return await app.start(port);
  } catch (error) {
    const code = slackErrorCode(error) ?? (error as NodeJS.ErrnoException).code;
    const reason = code ?? (error as Error).message;
    const problem =
      mode === 'socket'
        ? `could not open a Socket Mode connection (${reason}). Check SLACK_APP_TOKEN: an app-level token with the connections:write scope.`
        : `could not listen on PORT ${port} (${reason}).`;
    throw new Error(`Onboard: ${problem}`, { cause: error });
  }
}

function listeningPort(server: unknown): number | undefined {
  const address = (server as { address?: () => AddressInfo | string | null } | undefined)?.address?.();
  return typeof address === 'object' && address !== null ? address.port : undefined;
}
