import { formatLink } from '../format/format-link.js';
import { truncateText } from '../format/truncate-text.js';
import { ONBOARD_LIMITS } from './limits.js';

/** `<url|Title › Section>` to the exact section; just the title for a page's opening text. */
export function formatSourceLink(source: { title: string; section: string; url: string }): string {
  const label = source.section === '' ? source.title : `${source.title} › ${source.section}`;
  return formatLink(source.url, truncateText(label, ONBOARD_LIMITS.label));
}
