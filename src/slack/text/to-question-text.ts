/**
 * Slack message text -> the plain question the core searches with: link markup becomes its
 * label (or URL), channel references `#name`, user mentions are dropped, and Slack's
 * `&amp;` `&lt;` `&gt;` escapes are undone. Whitespace is collapsed.
 */
export function toQuestionText(text: string): string {
  return text
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
