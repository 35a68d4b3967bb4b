import type { KnownBlock, SlackMessage } from './slack-message.js';
import { context, section } from './block-kit.js';
import { formatExamples } from './usage-text.js';

const STARTER_QUESTIONS = 3;

/** The one-time DM to someone who joined a welcome channel: who the bot is and a few starter questions. */
export function welcomeMessage(examples: string[]): SlackMessage {
  const list = formatExamples(examples, STARTER_QUESTIONS);
  const blocks: KnownBlock[] = [
    section(
      '👋 *Welcome!* I’m Onboard. Ask me anything about how we work and I’ll answer from the handbook, with a link to the exact section.\n' +
        'Ask me right here, or use `/onboard &lt;question&gt;` in any channel.',
    ),
    ...(list === undefined ? [] : [section(`*A few questions to start with:*\n${list}`)]),
    context(['Type `/onboard help` to see everything I can do.']),
  ];
  return { text: 'Welcome! I’m Onboard: ask me anything about how we work and I’ll answer from the handbook.', blocks };
}
