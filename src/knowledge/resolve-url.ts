import { matchPattern, type SourceConfig } from './knowledge-config.js';

const PAGE_EXTENSIONS = /(\.html)?\.(md|markdown)(\.erb)?$|\.html\.erb$/;

/** The part of `path` that lies under the source's matched pattern, e.g. `engineering/workflow/index.html.md`. */
export function pathUnderSource(path: string, source: SourceConfig): string {
  for (const pattern of source.match) {
    const at = matchPattern(path, pattern);
    if (at === -1) continue;
    // A pattern naming a folder is stripped whole; one naming a file keeps the file name.
    const folder = pattern.endsWith('/') ? pattern : pattern.slice(0, pattern.lastIndexOf('/') + 1);
    return path.slice(at + folder.length);
  }
  return path;
}

/** Public URL of a page file, honouring front matter `canonical_path`. */
export function pageUrl(path: string, source: SourceConfig, canonicalPath?: string): string {
  const canonical = canonicalPath ? canonicalUrl(canonicalPath, source) : undefined;
  // `./` keeps a folder named like a scheme (`x:y/`) a path.
  return canonical ?? new URL(`./${routeOf(pathUnderSource(path, source), source)}`, source.site).href;
}

/** Front matter `canonical_path` on the source's site; anything else (another scheme, a broken URL) is ignored. */
export function canonicalUrl(canonicalPath: string, source: SourceConfig): string | undefined {
  try {
    const url = new URL(canonicalPath, source.site);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function routeOf(filePath: string, source: SourceConfig): string {
  const withoutExtension = filePath.replace(PAGE_EXTENSIONS, '');
  const isIndex = /(^|\/)index$/.test(withoutExtension);
  const route = isIndex ? withoutExtension.replace(/(^|\/)index$/, '') : withoutExtension;
  if (route === '') return '';
  return source.pageUrls === 'directory' ? `${route}/` : route;
}

/** URL of one section of a page. */
export function sectionUrl(page: string, anchor: string): string {
  return anchor ? `${page.replace(/#.*$/, '')}#${anchor}` : page;
}

/**
 * Makes a link inside a page absolute on the page's site. Relative links resolve against the
 * file's own location (so `../deployments/index.md` works whatever the URL style), and links to
 * markdown files become the URLs of those pages.
 */
export function resolveLink(href: string, path: string, source: SourceConfig, page: string): string {
  const trimmed = href.trim().replace(/^<|>$/g, '');
  if (trimmed === '') return page;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  if (trimmed.startsWith('#')) return sectionUrl(page, trimmed.slice(1));
  let url: URL;
  try {
    url = new URL(trimmed, new URL(pathUnderSource(path, source), source.site));
  } catch {
    return page;
  }
  const site = new URL(source.site);
  if (url.origin === site.origin && PAGE_EXTENSIONS.test(url.pathname)) {
    const underSite = url.pathname.startsWith(site.pathname) ? url.pathname.slice(site.pathname.length) : url.pathname.slice(1);
    const base = url.pathname.startsWith(site.pathname) ? source.site : `${site.origin}/`;
    const resolved = new URL(`./${routeOf(underSite, source)}`, base);
    resolved.hash = url.hash;
    return resolved.href;
  }
  return url.href;
}
