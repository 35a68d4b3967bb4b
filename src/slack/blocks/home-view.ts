import type { Topics } from '../../answer/assistant.js';
import { divider, header, section } from './block-kit.js';
import { SLACK_LIMITS } from './limits.js';
import type { HomeView, KnownBlock } from './slack-message.js';
import { topicsBlocks } from './topics-blocks.js';
import { COMMANDS, HOW_TO_ASK, WHAT_I_DO, formatExamples } from './usage-text.js';

/** The App Home tab: what the bot is, how to ask, suggested questions, and what it knows about. */
export function homeView(topics: Topics): HomeView {
  const examples = formatExamples(topics.examples);
  const blocks: KnownBlock[] = [
    header('👋 Onboard'),
    section(WHAT_I_DO),
    section(HOW_TO_ASK),
    section(COMMANDS),
    ...(examples === undefined ? [] : [divider(), header('Suggested questions'), section(examples)]),
    divider(),
    header('What I know about'),
    ...topicsBlocks(topics),
  ];
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.viewBlocks) };
}
