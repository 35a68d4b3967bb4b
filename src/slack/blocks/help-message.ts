import type { KnownBlock, SlackMessage } from './slack-message.js';
import { context, divider, header, section } from './block-kit.js';
import { COMMANDS, FEEDBACK_HINT, HOW_TO_ASK, WHAT_I_DO, formatExamples } from './usage-text.js';

/** `/onboard help` (and an empty `/onboard`): what the bot does, every way to ask, the commands, example questions. */
export function helpMessage(examples: string[]): SlackMessage {
  const list = formatExamples(examples);
  const blocks: KnownBlock[] = [
    header('Onboard: answers from the handbook'),
    section(WHAT_I_DO),
    section(HOW_TO_ASK),
    section(COMMANDS),
    ...(list === undefined ? [] : [divider(), section(`*Try asking*\n${list}`)]),
    context([FEEDBACK_HINT]),
  ];
  return {
    text: 'Onboard answers questions from the handbook. Ask in a DM, mention me, or use /onboard &lt;question&gt;.',
    blocks,
  };
}
