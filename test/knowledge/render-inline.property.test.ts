import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderInline, toPlainText } from '../../src/knowledge/render-inline.js';
import { anyUtf16, hostileBody } from '../fixtures/hostile/hostile-markdown.js';

// Links keep their target as written, so every character of the output can be traced to the input.
const keepHref = (href: string) => href;
const NO_REFERENCES = new Map<string, string>();
/** Characters the renderer may add: `__x__` becomes `**x**`, `<url>` becomes `[url](url)`, whitespace one space. */
const ADDED = new Set(['*', '[', ']', '(', ')', ' ']);

const inventedCharacters = (input: string, output: string) => [...new Set(output)].filter((char) => !input.includes(char) && !ADDED.has(char));

describe('renderInline on arbitrary lines', () => {
  it('never throws and writes no character its input lacks (entities aside)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileBody, anyUtf16), (raw) => {
        const line = raw.replace(/&/g, '').replace(/\n/g, ' ');
        expect(inventedCharacters(line, renderInline(line, keepHref, NO_REFERENCES))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no spacing but single plain spaces, the way collapsing every run of spaces, tabs and no-break spaces would', () => {
    const spacing = fc.constantFrom(' ', '  ', '\t', ' \t ', '\u00a0', ' \u00a0', '\u00a0\u00a0 ');
    const words = fc.constantFrom('merge', 'request', '*', '|', '日本語', '');
    fc.assert(
      fc.property(fc.array(fc.oneof(spacing, words), { maxLength: 40 }), (parts) => {
        const line = parts.join('');
        expect(renderInline(line, keepHref, NO_REFERENCES)).toBe(renderInline(line.replace(/[ \t\u00a0]+/g, ' '), keepHref, NO_REFERENCES));
        expect(renderInline(line, keepHref, NO_REFERENCES)).not.toMatch(/[\t\u00a0]| {2}/);
      }),
      { numRuns: 300 },
    );
  });

  it('returns trimmed text without the private-use placeholders it uses for escapes', () => {
    fc.assert(
      fc.property(fc.oneof(hostileBody, anyUtf16), (line) => {
        const text = renderInline(line, keepHref, NO_REFERENCES);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/[\uE000-\uF8FF]/);
      }),
      { numRuns: 300 },
    );
  });

  // BUG (src/knowledge/render-inline.ts): escaped characters are swapped for private-use placeholders
  // U+E000 + n, but the range holds only 6,400 of them. From the 6,401st escape in one paragraph the
  // placeholder lands past U+F8FF (U+F900 CJK compatibility ideographs onwards) and is never restored:
  // a line of 7,000 `\*` renders as 6,400 `*` followed by 600 characters such as 豈 更 車 that
  // were never in the page. Expected: every escaped character restored, however many.
  it('restores every backslash-escaped character however many a paragraph has', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12_000 }), fc.constantFrom('*', '_', '[', '#', '|'), (count, char) => {
        expect(renderInline(`\\${char}`.repeat(count), keepHref, NO_REFERENCES)).toBe(char.repeat(count));
      }),
      { numRuns: 50 },
    );
  });
});

describe('toPlainText on arbitrary light markdown', () => {
  it('never throws and only removes characters', () => {
    fc.assert(
      fc.property(fc.oneof(hostileBody, anyUtf16), (markdown) => {
        const plain = toPlainText(markdown);
        expect(plain.length).toBeLessThanOrEqual(markdown.length);
        expect(inventedCharacters(markdown, plain)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
