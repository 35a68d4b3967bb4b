import { escapeText } from './escape-text.js';
import { BULLET_ITEM, MARKDOWN_LINK, ORDERED_ITEM, splitLines } from './markdown-syntax.js';
import { truncateText } from './truncate-text.js';

/**
 * Light markdown -> the plain `text` fallback of a message (notifications, screen readers,
 * old clients): no links or bold, bullets as `•`, escaped so it can never ping, at most `maxLength`.
 */
export function toPlainText(markdown: string, maxLength: number): string {
  const plain = splitLines(markdown)
    .map((line) => line.replace(BULLET_ITEM, '$1• $2').replace(ORDERED_ITEM, '$1$2. $3'))
    .join('\n')
    .replace(MARKDOWN_LINK, '$1')
    .replace(/\*\*/g, '');
  return truncateEscaped(plain, maxLength);
}

/** Escaping lengthens text, so cut the escaped form and back off any entity the cut split. */
function truncateEscaped(plain: string, maxLength: number): string {
  const escaped = escapeText(plain);
  if (escaped.length <= maxLength) return escaped;
  return truncateText(escaped, maxLength).replace(/&[a-z]{0,3}…$/, '…');
}
