import matter from 'gray-matter';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Set when the block was malformed: the body is still usable. */
  error?: string;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
/** A line of YAML as front matter has it: `key: value`, an indented continuation, or a list item. */
const YAML_LINE = /^([\w-]+:(\s|$)|\s+\S|-\s)/;
const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(\r?\n|$)/;

/**
 * Splits YAML front matter from the body. A malformed block is reported, cut off and the body
 * kept, so one bad page never hides its text. An unterminated block is treated as text.
 */
export function readFrontMatter(source: string): FrontMatter {
  const block = BLOCK.exec(source);
  if (!block) return OPENING.test(source) ? dropUnterminated(source) : { data: {}, body: source.replace(/^\uFEFF/, '') };
  try {
    // gray-matter caches parses by content, which would keep every page alive for the process.
    const parsed = matter(source.replace(/^\uFEFF/, ''), { excerpt: false });
    const data = typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as Record<string, unknown>) : {};
    return { data, body: parsed.content };
  } catch (error) {
    const message = ((error as Error).message.split('\n')[0] ?? '').trim();
    return { data: {}, body: source.slice(block[0].length), error: `malformed front matter (${message}); body indexed without it` };
  }
}

/**
 * A block that lost its closing `---`: its YAML lines are cut off up to the first line that is not
 * YAML, so `layout: handbook-page-toc` never becomes quotable text, and the problem is reported.
 */
function dropUnterminated(source: string): FrontMatter {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/).slice(1);
  const firstText = lines.findIndex((line) => line.trim() !== '' && !YAML_LINE.test(line));
  const body = firstText === -1 ? '' : lines.slice(firstText).join('\n');
  return { data: {}, body, error: 'unterminated front matter (no closing ---); body indexed without it' };
}
