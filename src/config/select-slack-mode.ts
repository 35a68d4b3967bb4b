import type { SlackConfig } from './config.js';

/** How Onboard talks to Slack, decided by which credentials are set. */
export type SlackMode =
  | { kind: 'socket'; botToken: string; appToken: string }
  | { kind: 'http'; botToken: string; signingSecret: string }
  /** Not enough credentials for Slack: `missing` says what to set, for the startup message. */
  | { kind: 'none'; missing: string[] };

/**
 * Socket Mode when bot and app tokens are set (it needs no public URL, so it wins when both
 * modes are possible), HTTP when bot token and signing secret are set, otherwise none.
 */
export function selectSlackMode(slack: SlackConfig): SlackMode {
  const { botToken, appToken, signingSecret } = slack;
  if (botToken !== undefined && appToken !== undefined) return { kind: 'socket', botToken, appToken };
  if (botToken !== undefined && signingSecret !== undefined) return { kind: 'http', botToken, signingSecret };
  const missing: string[] = [];
  if (botToken === undefined) missing.push('SLACK_BOT_TOKEN');
  if (appToken === undefined && signingSecret === undefined) {
    missing.push('SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)');
  }
  return { kind: 'none', missing };
}
