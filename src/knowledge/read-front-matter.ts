import matter from 'gray-matter';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Set when the block was malformed: the body is still usable. */
  error?: string;
}

const OPENING = /^---[ \t]*\r?\n/;
/**
 * The line that ends the block, searched from the opening's line break on: the first line starting with
 * `---`, where gray-matter ends it (also `----` or `--- x`), or a YAML document end `...`, which
 * gray-matter reads past (captured: the dashes).
 */
const CLOSING = /\n(?:(---)|\.\.\.[ \t]*(?:\r?\n|$))/;
/** A line of YAML as front matter has it: `key: value`, an indented continuation, or a list item. */
const YAML_LINE = /^([\w-]+:(\s|$)|\s+\S|-\s)/;

/**
 * Splits YAML front matter from the body. A malformed block is reported, cut off and the body
 * kept, so one bad page never hides its text. An unterminated block is treated as text.
 */
export function readFrontMatter(source: string): FrontMatter {
  const text = source.replace(/^\uFEFF/, '');
  if (!OPENING.test(text)) return { data: {}, body: text };
  // The opening's line break is the first in the text, so the search starts there.
  const closing = CLOSING.exec(text);
  if (!closing) return dropUnterminated(text);
  const end = closing.index + closing[0].length;
  if (closing[1] === undefined) return malformed(text.slice(end), 'closed by ... instead of ---');
  try {
    // gray-matter is given the block alone: given the whole page, it copies it into a Buffer and looks it up
    // in its cache by content, which for a 50 KB page costs more than the YAML. Passing options keeps it from
    // caching the parse, which would keep every page alive.
    const { data } = matter(text.slice(0, end), { excerpt: false });
    // Cut as gray-matter cuts its content: one `\r`, then one `\n`.
    return { data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}, body: text.slice(end).replace(/^\r?\n?/, '') };
  } catch (error) {
    // The body starts on the line after the closing one, whatever follows its dashes.
    return malformed(text.slice(end).replace(/^[^\n]*\n?/, ''), ((error as Error).message.split('\n')[0] ?? '').trim());
  }
}

function malformed(body: string, problem: string): FrontMatter {
  return { data: {}, body, error: `malformed front matter (${problem}); body indexed without it` };
}

/**
 * A block that lost its closing `---`: its YAML lines are cut off up to the first line that is not
 * YAML, so `layout: handbook-page-toc` never becomes quotable text, and the problem is reported.
 */
function dropUnterminated(text: string): FrontMatter {
  const lines = text.split(/\r?\n/).slice(1);
  const firstText = lines.findIndex((line) => line.trim() !== '' && !YAML_LINE.test(line));
  const body = firstText === -1 ? '' : lines.slice(firstText).join('\n');
  return { data: {}, body, error: 'unterminated front matter (no closing ---); body indexed without it' };
}
