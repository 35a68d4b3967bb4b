import type { Topics } from '../../answer/assistant.js';
import { escapeText } from '../format/escape-text.js';
import { truncateText } from '../format/truncate-text.js';
import { context, header } from './block-kit.js';
import { formatCount } from './format-count.js';
import { ONBOARD_LIMITS } from './limits.js';
import type { SlackMessage } from './slack-message.js';
import { topicsBlocks } from './topics-blocks.js';

/** `/onboard topics`: the sources with their size, the main areas with links, and the roles I can summarise. */
export function topicsMessage(topics: Topics): SlackMessage {
  return {
    text: fallbackText(topics),
    blocks: [
      header('What I know about'),
      ...topicsBlocks(topics),
      context(['Ask me anything in these areas: DM me, mention me, or use `/onboard &lt;question&gt;`.']),
    ],
  };
}

function fallbackText(topics: Topics): string {
  if (topics.sources.length === 0) return 'My knowledge base is empty right now.';
  const sources = topics.sources.map((source) => `${source.name} (${formatCount(source.pages, 'page')})`).join(', ');
  return escapeText(truncateText(`I know about: ${sources}.`, ONBOARD_LIMITS.fallbackText));
}
