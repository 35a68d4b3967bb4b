/** Resolves a link target found in page text to an absolute URL. */
export type LinkResolver = (href: string) => string;

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;
const ESCAPABLE_CHARS = '\\`*_{}[]()#+-.!|<>~';
// While links and emphasis are parsed, each escaped character is one fixed private-use character.
const ESCAPE_BASE = 0xe000;
/**
 * Private-use characters, which would be taken for placeholders, are dropped; so are lone surrogates
 * (no text, only a broken string has them), which dropping a private-use character between a high and
 * a low one would otherwise join into a character the line never had.
 */
const NOT_TEXT = /[\uE000-\uF8FF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const PLACEHOLDER = /[\uE000-\uE013]/g;

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–',
  hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©', reg: '®', trade: '™', times: '×', middot: '·', bull: '•', rarr: '→', larr: '←',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff) ? String.fromCodePoint(point) : '';
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

// Every negated class excludes its own opening character, so a line of `[[[[` or `{:{:` is scanned
// in linear time rather than re-scanned from each opener.
const LINK_TEXT = String.raw`((?:[^\[\]]|\[[^\[\]]*\])*)`;
const INLINE_LINK = new RegExp(String.raw`\[${LINK_TEXT}\]\(\s*<?([^()\s<>]*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)`, 'g');
const REFERENCE_LINK = new RegExp(String.raw`\[${LINK_TEXT}\]\s?\[([^\[\]]*)\]`, 'g');
const SHORTCUT_LINK = /\[([^[\]]+)\](?![(:[])/g;
const IMAGE = /!\[[^[\]]*\](\([^()]*\)|\[[^[\]]*\])?/g;
const MARKDOWN_LINK = /\[([^[\]]*)\]\([^()\s]*\)/g;
/**
 * Spacing that is not already one plain space: a run of two or more, or a lone tab or no-break space.
 * Each becomes one space, as `/[ \t\u00a0]+/g` would make it, without matching (and rebuilding the
 * string at) every single space between words, which made this the costliest step of parsing.
 */
const SPACING = /[ \t\u00a0]{2,}|[\t\u00a0]/g;

/**
 * Renders one line of markdown inline syntax into the light markdown sections keep:
 * links as `[text](absolute-url)`, strong emphasis as `**text**`, everything else plain text.
 */
export function renderInline(line: string, resolve: LinkResolver, references: ReadonlyMap<string, string>): string {
  let text = line.replace(NOT_TEXT, '');
  const hasEscapes = text.includes('\\');
  if (hasEscapes) text = text.replace(ESCAPABLE, (_, char: string) => String.fromCharCode(ESCAPE_BASE + ESCAPABLE_CHARS.indexOf(char)));
  // Each rewrite runs only when its trigger character is present: most lines need few of them.
  if (text.includes('<')) {
    text = text
      .replace(/<(https?:\/\/[^<>\s]+)>/g, (_, url: string) => `[${url}](${url})`)
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g, '');
  }
  if (text.includes('{')) text = text.replace(/\{[:#][^{}]*\}/g, '');
  if (text.includes('[')) {
    text = text
      .replace(IMAGE, '')
      .replace(INLINE_LINK, (_, label: string, href: string) => renderLink(label, href, resolve))
      .replace(REFERENCE_LINK, (whole, label: string, ref: string) => {
        const href = references.get(normalizeLabel(ref || label));
        return href === undefined ? whole : renderLink(label, href, resolve);
      });
    if (references.size > 0) {
      text = text.replace(SHORTCUT_LINK, (whole, label: string) => {
        const href = references.get(normalizeLabel(label));
        return href === undefined ? whole : renderLink(label, href, resolve);
      });
    }
  }
  if (text.includes('*') || text.includes('__')) {
    text = text
      // Emphasis spans are bounded so that a line of unclosed `**a **a` is not rescanned from every opener.
      .replace(/(\*\*|__)(?=\S)([\s\S]{0,400}?\S)\1/g, '**$2**')
      .replace(/(^|[^*\w])\*(?=[^\s*])([^*]*?[^\s*])\*(?![*\w])/g, '$1$2');
  }
  if (text.includes('_')) text = text.replace(/(^|[^\w])_(?=[^\s_])([^_]*?[^\s_])_(?!\w)/g, '$1$2');
  if (text.includes('~~')) text = text.replace(/~~(?=\S)([\s\S]{0,400}?\S)~~/g, '$1');
  if (text.includes('&')) text = decodeEntities(text);
  if (hasEscapes) text = text.replace(PLACEHOLDER, (char) => ESCAPABLE_CHARS[char.charCodeAt(0) - ESCAPE_BASE] ?? '');
  return hasSpacing(text) ? text.replace(SPACING, ' ').trim() : text.trim();
}

/**
 * A link's label as `[label](absolute-url)`. A function of its own, not a closure
 * per line: under tsx every named closure is also given its name with a `defineProperty` call.
 */
function renderLink(label: string, href: string, resolve: LinkResolver): string {
  const inner = label.trim();
  if (!inner) return '';
  return `[${inner}](${resolve(href)})`;
}

/** Whether `SPACING` has anything to replace: string searches are much faster than running the pattern over every line. */
function hasSpacing(text: string): boolean {
  return text.includes('  ') || text.includes('\t') || text.includes('\u00a0');
}

export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Light markdown -> plain text: link targets, emphasis markers and list markers dropped. */
export function toPlainText(markdown: string): string {
  // Indexing runs this over every section: the first two rewrites only when their marks occur.
  let text = markdown.includes('](') ? markdown.replace(MARKDOWN_LINK, '$1') : markdown;
  if (text.includes('**')) text = text.replace(/\*\*/g, '');
  return text.replace(/^\s*(?:[-•]|\d+\.)\s+/gm, '');
}
