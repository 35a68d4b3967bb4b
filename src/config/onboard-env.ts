/**
 * Every environment variable Onboard reads, in one place. `.env.example` mirrors this list
 * (a test keeps them in step). An empty value counts as unset, so a copied template with
 * blank lines behaves like a missing variable.
 */
export interface OnboardEnv {
  /**
   * Bot User OAuth Token (OAuth & Permissions page). Must start with `xoxb-`.
   * Without it Onboard starts the terminal chat instead of connecting to Slack.
   * @default unset
   * @example xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx
   */
  SLACK_BOT_TOKEN?: string;
  /**
   * App-level token with the `connections:write` scope (Basic Information page). Must start
   * with `xapp-`. With the bot token it selects Socket Mode (no public URL needed).
   * @default unset
   * @example xapp-1-A0123456789-1234567890123-abcdef0123456789
   */
  SLACK_APP_TOKEN?: string;
  /**
   * Signing Secret (Basic Information page), 32 hex characters. With the bot token and no
   * app token it selects HTTP mode, where every request's signature is verified with it.
   * @default unset
   * @example 3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c
   */
  SLACK_SIGNING_SECRET?: string;
  /**
   * Port of the HTTP server: `/slack/events` in HTTP mode, `/healthz` in both modes.
   * `0` picks a free port (tests).
   * @default 3000
   * @example 8080
   */
  PORT?: string;
  /**
   * Base URL of the Slack Web API, ending in `/`. Only changed to point at a proxy or a
   * local fake Slack in tests.
   * @default https://slack.com/api/
   * @example http://127.0.0.1:4010/api/
   */
  SLACK_API_URL?: string;
  /**
   * Knowledge directories to index, comma-separated, relative to the working directory.
   * @default knowledge
   * @example knowledge/gitlab,knowledge/sourcegraph
   */
  ONBOARD_KNOWLEDGE?: string;
  /**
   * Path of the knowledge config (sources, URLs, starter questions). Optional.
   * @default unset (the core's own default)
   * @example knowledge/onboard.config.json
   */
  ONBOARD_CONFIG?: string;
  /**
   * SQLite file for feedback votes, unanswered questions, welcomes sent and answered threads.
   * Parent directories are created on first run.
   * @default data/onboard.db
   * @example /var/lib/onboard/onboard.db
   */
  ONBOARD_DB?: string;
  /**
   * File the search index is cached in between starts.
   * @default .cache/index-<hash of the knowledge folders and config>.bin
   * @example /var/cache/onboard/index.bin
   */
  ONBOARD_CACHE?: string;
  /**
   * Whether Onboard answers questions in channels it is in without being mentioned (always in
   * a thread, and only when confident): `off`, `questions` (every channel it is in), or a
   * comma-separated list of channel ids to limit it to.
   * @default questions
   * @example C0123ABCDEF,C0456GHIJKL
   */
  ONBOARD_CHANNEL_REPLIES?: string;
  /**
   * Channel ids, comma-separated, where a person who joins gets a welcome DM (once per person).
   * @default unset (no welcomes)
   * @example C0NEWHIRES1
   */
  ONBOARD_WELCOME_CHANNELS?: string;
  /**
   * Least severe log level written: `debug`, `info`, `warn` or `error`.
   * @default info
   * @example debug
   */
  LOG_LEVEL?: string;
}

/** The names of {@link OnboardEnv}, in documentation order. */
export const ENV_NAMES = [
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'PORT',
  'SLACK_API_URL',
  'ONBOARD_KNOWLEDGE',
  'ONBOARD_CONFIG',
  'ONBOARD_DB',
  'ONBOARD_CACHE',
  'ONBOARD_CHANNEL_REPLIES',
  'ONBOARD_WELCOME_CHANNELS',
  'LOG_LEVEL',
] as const satisfies readonly (keyof OnboardEnv)[];

// Fails to compile when a variable is added to OnboardEnv but not to ENV_NAMES.
type MissingName = Exclude<keyof OnboardEnv, (typeof ENV_NAMES)[number]>;
const everyNameListed: MissingName extends never ? true : never = true;
void everyNameListed;

/** Variables whose values must never be printed or logged. */
export const SECRET_ENV_NAMES = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const;
