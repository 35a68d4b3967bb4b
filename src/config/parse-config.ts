import type { ChannelReplies, Config, LogLevelName } from './config.js';
import { LOG_LEVELS } from './config.js';
import { ConfigError } from './config-error.js';
import type { OnboardEnv } from './onboard-env.js';

/** Any environment-like object; extra variables are ignored. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Where the feedback database lives unless ONBOARD_DB says otherwise. */
export const DEFAULT_DB_PATH = 'data/onboard.db';

const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;
const SIGNING_SECRET = /^[0-9a-f]{32}$/i;

/**
 * Reads and validates Onboard's configuration from an environment object (never from
 * `process.env` directly, so tests pass their own). Throws a {@link ConfigError} naming the
 * first bad variable; messages never contain a value, since most of them are secrets.
 */
export function parseConfig(env: EnvSource): Config {
  const read = (name: keyof OnboardEnv): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const configPath = read('ONBOARD_CONFIG');
  const cachePath = read('ONBOARD_CACHE');
  return {
    slack: {
      botToken: parseToken(read('SLACK_BOT_TOKEN'), 'SLACK_BOT_TOKEN', 'xoxb-', 'the Bot User OAuth Token under OAuth & Permissions'),
      appToken: parseToken(read('SLACK_APP_TOKEN'), 'SLACK_APP_TOKEN', 'xapp-', 'an app-level token under Basic Information'),
      signingSecret: parseSigningSecret(read('SLACK_SIGNING_SECRET')),
      port: parsePort(read('PORT')),
      apiUrl: parseApiUrl(read('SLACK_API_URL')),
    },
    knowledge: {
      roots: parseList(read('ONBOARD_KNOWLEDGE') ?? 'knowledge'),
      ...(configPath === undefined ? {} : { configPath }),
      ...(cachePath === undefined ? {} : { cachePath }),
    },
    dbPath: read('ONBOARD_DB') ?? DEFAULT_DB_PATH,
    channelReplies: parseChannelReplies(read('ONBOARD_CHANNEL_REPLIES')),
    welcomeChannels: parseChannelIds(read('ONBOARD_WELCOME_CHANNELS') ?? '', 'ONBOARD_WELCOME_CHANNELS'),
    logLevel: parseLogLevel(read('LOG_LEVEL')),
  };
}

function parseToken(value: string | undefined, name: string, prefix: string, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (!value.startsWith(prefix) || /\s/.test(value)) {
    throw new ConfigError(name, `must start with "${prefix}" and contain no spaces; use ${where} of your Slack app.`);
  }
  return value;
}

function parseSigningSecret(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!SIGNING_SECRET.test(value)) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      'must be the 32 hexadecimal characters shown as Signing Secret under Basic Information of your Slack app.',
    );
  }
  return value;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535, got "${value}".`);
  }
  return port;
}

function parseApiUrl(value: string | undefined): string {
  if (value === undefined) return 'https://slack.com/api/';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('SLACK_API_URL', `must be an absolute http(s) URL such as https://slack.com/api/, got "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('SLACK_API_URL', `must be an absolute http(s) URL such as https://slack.com/api/, got "${value}".`);
  }
  // The Web API client appends method names directly, so a missing slash would glue them on.
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseChannelIds(value: string, name: string): string[] {
  const ids = parseList(value);
  const bad = ids.find((id) => !CHANNEL_ID.test(id));
  if (bad !== undefined) {
    throw new ConfigError(name, `must be comma-separated channel ids such as C0123ABCDEF, got "${bad}".`);
  }
  return ids;
}

function parseChannelReplies(value: string | undefined): ChannelReplies {
  if (value === undefined || value.toLowerCase() === 'questions') return { mode: 'questions' };
  if (value.toLowerCase() === 'off') return { mode: 'off' };
  const ids = parseList(value);
  if (ids.length === 0 || ids.some((id) => !CHANNEL_ID.test(id))) {
    throw new ConfigError(
      'ONBOARD_CHANNEL_REPLIES',
      `must be "off", "questions" or comma-separated channel ids such as C0123ABCDEF, got "${value}".`,
    );
  }
  return { mode: 'channels', channels: ids };
}

function parseLogLevel(value: string | undefined): LogLevelName {
  if (value === undefined) return 'info';
  const level = LOG_LEVELS.find((name) => name === value.toLowerCase());
  if (level === undefined) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${value}".`);
  }
  return level;
}
