import { findLiveMentions } from '../../../src/slack/format/find-live-mentions.js';

/**
 * Every `<…>` token in the rendered text of a message that is not a link we built to an
 * http(s) URL. Mentions are included; an intended `askedBy` mention is listed like any other.
 */
export function findUnvettedTokens(message: object): string[] {
  const texts = JSON.stringify(message, (key, value: unknown) => (key === 'value' ? undefined : value));
  const tokens = texts.match(/<[^<>]*>/g) ?? [];
  return tokens.filter((token) => !/^<https?:\/\/[^|<>\s]+\|[^|<>]+>$/.test(token)).concat(findLiveMentions(message).filter((m) => !m.startsWith('<')));
}
