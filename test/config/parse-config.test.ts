import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { parseConfig } from '../../src/config/parse-config.js';

const BOT = 'xoxb-1111-2222-abcdefghijklmnop';
const APP = 'xapp-1-A111-2222-abcdef0123';
const SECRET = '0123456789abcdef0123456789abcdef';

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    expect(parseConfig({})).toEqual({
      slack: { botToken: undefined, appToken: undefined, signingSecret: undefined, port: 3000, apiUrl: 'https://slack.com/api/' },
      knowledge: { roots: ['knowledge'] },
      dbPath: 'data/onboard.db',
      channelReplies: { mode: 'questions' },
      welcomeChannels: [],
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const config = parseConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:4010/api',
      ONBOARD_KNOWLEDGE: 'knowledge/gitlab, knowledge/sourcegraph',
      ONBOARD_CONFIG: 'knowledge/onboard.config.json',
      ONBOARD_DB: '/tmp/onboard.db',
      ONBOARD_CACHE: '/tmp/index.bin',
      ONBOARD_CHANNEL_REPLIES: 'C0123ABCDEF, C0456GHIJKL',
      ONBOARD_WELCOME_CHANNELS: 'C0NEWHIRES1',
      LOG_LEVEL: 'DEBUG',
    });
    expect(config).toEqual({
      slack: { botToken: BOT, appToken: APP, signingSecret: SECRET, port: 8080, apiUrl: 'http://127.0.0.1:4010/api/' },
      knowledge: { roots: ['knowledge/gitlab', 'knowledge/sourcegraph'], configPath: 'knowledge/onboard.config.json', cachePath: '/tmp/index.bin' },
      dbPath: '/tmp/onboard.db',
      channelReplies: { mode: 'channels', channels: ['C0123ABCDEF', 'C0456GHIJKL'] },
      welcomeChannels: ['C0NEWHIRES1'],
      logLevel: 'debug',
    });
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: '', PORT: '  ', ONBOARD_CHANNEL_REPLIES: '' })).toMatchObject({
      slack: { botToken: undefined, port: 3000 },
      channelReplies: { mode: 'questions' },
    });
  });

  it('accepts off for channel replies', () => {
    expect(parseConfig({ ONBOARD_CHANNEL_REPLIES: 'off' }).channelReplies).toEqual({ mode: 'off' });
  });

  it('rejects a bot token of the wrong kind without echoing it', () => {
    const error = errorOf(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token-secret' }));
    expect(error.variable).toBe('SLACK_BOT_TOKEN');
    expect(error.message).toBe(
      'Onboard: SLACK_BOT_TOKEN must start with "xoxb-" and contain no spaces; use the Bot User OAuth Token under OAuth & Permissions of your Slack app.',
    );
    expect(error.message).not.toContain('user-token-secret');
  });

  it('rejects an app token of the wrong kind', () => {
    expect(() => parseConfig({ SLACK_APP_TOKEN: BOT })).toThrow(
      'Onboard: SLACK_APP_TOKEN must start with "xapp-" and contain no spaces; use an app-level token under Basic Information of your Slack app.',
    );
  });

  it('rejects a malformed signing secret without echoing it', () => {
    const error = errorOf(() => parseConfig({ SLACK_SIGNING_SECRET: 'not-a-secret-value' }));
    expect(error.message).toBe(
      'Onboard: SLACK_SIGNING_SECRET must be the 32 hexadecimal characters shown as Signing Secret under Basic Information of your Slack app.',
    );
    expect(error.message).not.toContain('not-a-secret-value');
  });

  it.each(['http', '-1', '70000', '3000.5'])('rejects PORT=%s', (port) => {
    expect(() => parseConfig({ PORT: port })).toThrow(`Onboard: PORT must be a whole number from 0 to 65535, got "${port}".`);
  });

  it('accepts port 0 for an ephemeral port', () => {
    expect(parseConfig({ PORT: '0' }).slack.port).toBe(0);
  });

  it('rejects a SLACK_API_URL that is not http(s)', () => {
    expect(() => parseConfig({ SLACK_API_URL: 'ftp://slack.example/api/' })).toThrow(
      'Onboard: SLACK_API_URL must be an absolute http(s) URL such as https://slack.com/api/, got "ftp://slack.example/api/".',
    );
    expect(() => parseConfig({ SLACK_API_URL: 'slack.com/api' })).toThrow(ConfigError);
  });

  it('rejects channel replies that are neither a mode nor channel ids', () => {
    expect(() => parseConfig({ ONBOARD_CHANNEL_REPLIES: 'always' })).toThrow(
      'Onboard: ONBOARD_CHANNEL_REPLIES must be "off", "questions" or comma-separated channel ids such as C0123ABCDEF, got "always".',
    );
  });

  it('rejects a welcome channel given by name', () => {
    expect(() => parseConfig({ ONBOARD_WELCOME_CHANNELS: 'C0NEWHIRES1,#general' })).toThrow(
      'Onboard: ONBOARD_WELCOME_CHANNELS must be comma-separated channel ids such as C0123ABCDEF, got "#general".',
    );
  });

  it('rejects an unknown log level', () => {
    expect(() => parseConfig({ LOG_LEVEL: 'verbose' })).toThrow('Onboard: LOG_LEVEL must be one of debug, info, warn, error, got "verbose".');
  });
});
