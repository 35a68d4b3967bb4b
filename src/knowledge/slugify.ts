import type { AnchorStyle } from './knowledge-config.js';

/** Kramdown's auto id: ASCII letters, digits, spaces and dashes; leading non-letters dropped. */
function kramdownSlug(text: string): string {
  const slug = text
    .replace(/^[^a-zA-Z]+/, '')
    .replace(/[^a-zA-Z0-9 -]/g, '')
    .replace(/ /g, '-')
    .toLowerCase();
  return slug || 'section';
}

/** GitHub's slugger: Unicode letters and digits kept, punctuation dropped, spaces to dashes. */
function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Creates a per-page slugger that, like both renderers, numbers repeated anchors (`-1`, `-2`). */
export function createSlugger(style: AnchorStyle): (text: string) => string {
  const seen = new Map<string, number>();
  const slug = style === 'github' ? githubSlug : kramdownSlug;
  return (text) => {
    const base = slug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}
