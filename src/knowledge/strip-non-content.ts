/**
 * Removes what a reader of the published page never sees as text: ERB tags, HTML comments,
 * scripts and styles, kramdown extensions. Runs on the whole body before line parsing because
 * all of these may span lines.
 */
export function stripNonContent(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '')
    .replace(/<%[\s\S]*?(%>|$)/g, '')
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/\{::comment\}[\s\S]*?(\{:\/comment\}|$)/g, '')
    .replace(/\{::options\b[^}]*\/\}/g, '')
    .replace(/\{::(nomarkdown|)\}|\{:\/(nomarkdown)?\}/g, '');
}
