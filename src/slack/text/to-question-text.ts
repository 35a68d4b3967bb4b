/** Mentions and pings at either end of a message: they call people and say nothing of the question. */
const EDGE_MENTIONS = /^(?:\s*<[@!][^>]*>)+|(?:<[@!][^>]*>\s*)+$/g;
const BROADCAST_MENTION = /<!(here|channel|everyone)(?:\|[^>]*)?>/g;

/**
 * Slack message text -> the plain question the core searches with: link markup becomes its
 * label (or URL), channel references `#name`, user mentions are dropped, and Slack's
 * `&amp;` `&lt;` `&gt;` escapes are undone. Whitespace is collapsed. `@here`, `@channel` and
 * `@everyone` inside a sentence are what it asks about ("is it ok to use @here?") and stay as words.
 */
export function toQuestionText(text: string): string {
  return text
    .replace(EDGE_MENTIONS, ' ')
    .replace(BROADCAST_MENTION, '@$1')
    .replace(/<[@!][^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<#[A-Z0-9]+>/g, ' ')
    .replace(/<([^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
