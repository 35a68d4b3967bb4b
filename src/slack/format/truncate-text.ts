const ELLIPSIS = '…';

/**
 * `text` if it fits in `maxLength` UTF-16 units, else cut at the last space in its final fifth
 * (or mid-word when there is none) and ended with `…`. Never splits a surrogate pair.
 */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength < 1) return '';
  let end = maxLength - ELLIPSIS.length;
  if (isLowSurrogate(text.charCodeAt(end))) end -= 1;
  const space = text.lastIndexOf(' ', end);
  const cut = space > end * 0.8 ? space : end;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
