import type { SlackConfig } from '../../config/config.js';

/**
 * The configured secret values, for the logger to redact word for word. Tokens are also caught
 * by their shape, but only the characters a token normally has; an exact match covers any value.
 */
export function listSecrets(slack: Pick<SlackConfig, 'botToken' | 'appToken' | 'signingSecret'>): string[] {
  return [slack.botToken, slack.appToken, slack.signingSecret].filter((value): value is string => value !== undefined);
}
