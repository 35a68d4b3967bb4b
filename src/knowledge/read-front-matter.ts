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
    const { data, body } = parseWithGrayMatter(source.replace(/^\uFEFF/, ''));
    return { data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}, body };
  } catch (error) {
    const message = ((error as Error).message.split('\n')[0] ?? '').trim();
    return { data: {}, body: source.slice(block[0].length), error: `malformed front matter (${message}); body indexed without it` };
  }
}

/**
 * gray-matter's reading of a page that opens with `---`, given only the part up to the `\n---` where it
 * ends the block: it copies its whole input into a Buffer and looks it up in its cache by content, which
 * for a 50 KB page costs more than the YAML. The body is cut after that `\n---` as gray-matter cuts it
 * (one `\r`, then one `\n` dropped). With no `\n---` at all it reads the whole page as YAML, so it gets it.
 * Options are passed so that it does not cache the parse, which would keep every page alive.
 */
function parseWithGrayMatter(source: string): { data: unknown; body: string } {
  const close = source.indexOf('\n---', 3);
  if (close === -1) {
    const parsed = matter(source, { excerpt: false });
    return { data: parsed.data, body: parsed.content };
  }
  const end = close + '\n---'.length;
  let body = source.slice(end);
  if (body[0] === '\r') body = body.slice(1);
  if (body[0] === '\n') body = body.slice(1);
  return { data: matter(source.slice(0, end), { excerpt: false }).data, body };
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
