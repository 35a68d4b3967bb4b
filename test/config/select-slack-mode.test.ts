import { describe, expect, it } from 'vitest';
import type { SlackConfig } from '../../src/config/config.js';
import { selectSlackMode } from '../../src/config/select-slack-mode.js';

const base: SlackConfig = { port: 3000, apiUrl: 'https://slack.com/api/' };

describe('selectSlackMode', () => {
  it('prefers Socket Mode when bot and app tokens are set', () => {
    expect(selectSlackMode({ ...base, botToken: 'xoxb-1', appToken: 'xapp-1', signingSecret: 's' })).toEqual({
      kind: 'socket',
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
    });
  });

  it('uses HTTP with bot token and signing secret', () => {
    expect(selectSlackMode({ ...base, botToken: 'xoxb-1', signingSecret: 's' })).toEqual({ kind: 'http', botToken: 'xoxb-1', signingSecret: 's' });
  });

  it('names everything missing when nothing is set', () => {
    expect(selectSlackMode(base)).toEqual({
      kind: 'none',
      missing: ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)'],
    });
  });

  it('names the bot token when only the app token is set', () => {
    expect(selectSlackMode({ ...base, appToken: 'xapp-1' })).toEqual({ kind: 'none', missing: ['SLACK_BOT_TOKEN'] });
  });

  it('names the second credential when only the bot token is set', () => {
    expect(selectSlackMode({ ...base, botToken: 'xoxb-1' })).toEqual({
      kind: 'none',
      missing: ['SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)'],
    });
  });
});
