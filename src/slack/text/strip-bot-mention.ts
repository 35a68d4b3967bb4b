/**
 * The question in a message that mentions the bot: every `<@BOT>` / `<@BOT|name>` removed,
 * whitespace collapsed, and a leading comma or colon ("@Onboard, where...") dropped.
 */
export function stripBotMention(text: string, botUserId: string): string {
  return text
    .split(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,:;]\s*/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
