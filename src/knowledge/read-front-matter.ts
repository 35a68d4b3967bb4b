import matter from 'gray-matter';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Set when the block was malformed: the body is still usable. */
  error?: string;
}

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(\r?\n|$)/;

/**
 * Splits YAML front matter from the body. A malformed block is reported, cut off and the body
 * kept, so one bad page never hides its text. An unterminated block is treated as text.
 */
export function readFrontMatter(source: string): FrontMatter {
  const block = BLOCK.exec(source);
  if (!block) return { data: {}, body: source.replace(/^\uFEFF/, '') };
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
