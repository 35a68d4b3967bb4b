import { escapeText } from './escape-text.js';
import { isHttpUrl } from './is-http-url.js';

/** `|` ends the URL part of `<url|label>`; a look-alike keeps a label from forging the split. */
const LABEL_PIPE = '\u2223';

/**
 * A live mrkdwn link `<url|label>` to an http(s) URL. Any other URL (`javascript:`, relative)
 * yields just the escaped label, so handbook text can never produce a link we did not vet.
 */
export function formatLink(url: string, label: string): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!isHttpUrl(url)) return escapeText(text);
  const safeLabel = escapeText(text === '' ? url : text).replace(/\|/g, LABEL_PIPE);
  return `<${encodeLinkUrl(url)}|${safeLabel}>`;
}

/** Characters that would end the `<url|…>` token early are percent-encoded; `&` is escaped as Slack sends it. */
function encodeLinkUrl(url: string): string {
  return new URL(url).href
    .replace(/\|/g, '%7C')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/&/g, '&amp;');
}
