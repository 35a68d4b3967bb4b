/**
 * Removes what a reader of the published page never sees as text: ERB tags, HTML comments,
 * scripts and styles, kramdown extensions. Runs on the whole body before line parsing because
 * all of these may span lines. Scans are linear: hostile input cannot make them slow.
 */
export function stripNonContent(body: string): string {
  // Each step runs only when a string search finds what it removes: most pages need few of them.
  let text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  if (text.includes('\u0000')) text = text.replaceAll('\u0000', '');
  text = removeSpans(text, '<%', '%>');
  text = removeSpans(text, '<!--', '-->');
  text = removeSpans(text, '{::comment}', '{:/comment}');
  // The tag patterns ignore case, which makes them slow to scan with.
  if (text.includes('<s') || text.includes('<S')) {
    text = removeElements(text, 'script');
    text = removeElements(text, 'style');
  }
  // Every kramdown extension tag starts with `{:`; most pages have none.
  if (!text.includes('{:')) return text;
  return text.replace(/\{::options\b[^{}]*\/\}/g, '').replace(/\{::(nomarkdown|)\}|\{:\/(nomarkdown)?\}/g, '');
}

/**
 * Cuts every `open ... close` span. An opener with no closer after it is cut to the end of its
 * line only: it is most likely text about the syntax (`` `<%` `` in a code span), and cutting to the
 * end of the file would lose the rest of the page.
 */
function removeSpans(text: string, open: string, close: string): string {
  if (!text.includes(open)) return text;
  let out = '';
  let at = 0;
  let closersLeft = true;
  while (true) {
    const start = text.indexOf(open, at);
    if (start === -1) break;
    out += text.slice(at, start);
    // Once a search for the closer fails, none lies further on: don't search again (keeps this linear).
    const end = closersLeft ? text.indexOf(close, start + open.length) : -1;
    if (end === -1) {
      closersLeft = false;
      const lineEnd = text.indexOf('\n', start);
      at = lineEnd === -1 ? text.length : lineEnd;
    } else at = end + close.length;
  }
  return out + text.slice(at);
}

/**
 * `<script ...>...</script>` and `<style>` elements. An opening tag with no closing tag after it is
 * dropped alone: it is text about the tag (`` `<style>` `` in a code span), not an element.
 */
function removeElements(text: string, tag: 'script' | 'style'): string {
  const opening = new RegExp(`<${tag}\\b[^<>]*>`, 'gi');
  const closing = new RegExp(`</${tag}\\s*>`, 'gi');
  let out = '';
  let at = 0;
  let closersLeft = true;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    out += text.slice(at, match.index);
    closing.lastIndex = match.index + match[0].length;
    const end = closersLeft ? closing.exec(text) : null;
    if (!end) closersLeft = false;
    at = end ? end.index + end[0].length : match.index + match[0].length;
    opening.lastIndex = at;
  }
  return out + text.slice(at);
}
