import { detectLanguage } from './detect-language.js';
import type { SourceConfig } from './knowledge-config.js';
import { parseBlocks, type Block } from './parse-blocks.js';
import { readFrontMatter } from './read-front-matter.js';
import { renderInline } from './render-inline.js';
import { canonicalUrl, pageUrl, resolveLink, sectionUrl } from './resolve-url.js';
import { createSlugger } from './slugify.js';
import { stripNonContent } from './strip-non-content.js';
import type { Section } from './types.js';

export type PageSection = Omit<Section, 'id'>;

export interface ParsedPage {
  sections: PageSection[];
  /** A problem worth reporting that did not stop the page from being read. */
  warning?: string;
}

/**
 * Turns one knowledge file into sections, one per heading that has text under it.
 * The page's opening text (before the first heading) is a section of its own.
 */
export function parsePage(path: string, content: string, source: SourceConfig): ParsedPage {
  const front = readFrontMatter(content);
  const canonical = typeof front.data.canonical_path === 'string' ? front.data.canonical_path : undefined;
  const url = pageUrl(path, source, canonical);
  const warnings = [front.error, canonical !== undefined && !canonicalUrl(canonical, source) ? 'unusable canonical_path ignored' : undefined].filter(
    (warning): warning is string => warning !== undefined,
  );
  const resolve = (href: string) => resolveLink(href, path, source, url);
  const blocks = parseBlocks(stripNonContent(front.body), resolve);

  const frontTitle = typeof front.data.title === 'string' ? renderInline(stripNonContent(front.data.title), resolve, new Map()) : '';
  const firstHeading = blocks.find((block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading');
  // A page whose first heading is its only H1 uses it as the title rather than a section.
  const titleFromHeading = !frontTitle && firstHeading?.level === 1 ? firstHeading.text : '';
  const pageTitle = frontTitle || titleFromHeading || titleFromPath(path);
  const declaredLanguage = typeof front.data.html_lang === 'string' ? front.data.html_lang.split('-')[0]?.toLowerCase() : undefined;

  const slug = createSlugger(source.anchors);
  const sections: PageSection[] = [];
  const stack: { level: number; text: string }[] = [];
  let current = { headings: [pageTitle], anchor: '', lines: [] as string[] };
  let seenTitleHeading = false;
  const close = () => {
    if (current.lines.length === 0) return;
    sections.push({
      source: source.name,
      path,
      pageTitle,
      headings: current.headings,
      anchor: current.anchor,
      url: sectionUrl(url, current.anchor),
      text: current.lines.join('\n'),
      lang: '',
    });
  };

  for (const block of blocks) {
    if (block.kind === 'line') {
      current.lines.push(block.text);
      continue;
    }
    close();
    const anchor = block.id ?? slug(block.text);
    // The page's first H1 restates its title: it starts a section but adds nothing to heading paths.
    if (block.level === 1 && !seenTitleHeading) {
      seenTitleHeading = true;
      current = { headings: [pageTitle], anchor: block === firstHeading && titleFromHeading ? '' : anchor, lines: [] };
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.level >= block.level) stack.pop();
    stack.push({ level: block.level, text: block.text || pageTitle });
    current = { headings: [pageTitle, ...stack.map((entry) => entry.text)], anchor, lines: [] };
  }
  close();

  const lang = declaredLanguage || detectLanguage(...sections.map((section) => section.text));
  for (const section of sections) section.lang = lang;
  return warnings.length > 0 ? { sections, warning: warnings.join('; ') } : { sections };
}

function titleFromPath(path: string): string {
  const parts = path.replace(/(\.html)?\.(md|markdown)(\.erb)?$/, '').split('/');
  const name = parts[parts.length - 1] === 'index' && parts.length > 1 ? parts[parts.length - 2]! : parts[parts.length - 1]!;
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : path;
}
