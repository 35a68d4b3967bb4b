import { escapeText } from '../format/escape-text.js';
import { truncateText } from '../format/truncate-text.js';
import { ONBOARD_LIMITS } from './limits.js';

/**
 * Wording shared by help, welcome and App Home, so the ways to ask are described the same
 * everywhere. The bot's name is plain text: a live `<@…>` would need its user id.
 */

export const WHAT_I_DO =
  'I answer questions about how we work, straight from the handbook: I quote the most relevant passage and link to the exact section, so you can read on.';

export const HOW_TO_ASK = [
  '*How to ask*',
  '• *Direct message:* just type your question here.',
  '• *Mention me in a channel:* `@Onboard` and your question; I reply in a thread.',
  '• *Slash command:* `/onboard &lt;question&gt;` anywhere. Only you see the answer, and you can share it to the channel.',
  '• *Questions in channels I’m in:* I reply in a thread when a message reads as a question and I’m confident of the answer.',
  '• *Follow-ups:* reply in the thread and I keep the first question in mind.',
].join('\n');

export const COMMANDS = [
  '*Commands*',
  '• `/onboard &lt;question&gt;`: ask a question',
  '• `/onboard topics`: what I know about',
  '• `/onboard role [name]`: a role’s responsibilities, requirements and levels (developer by default)',
  '• `/onboard help`: how to use me',
].join('\n');

export const FEEDBACK_HINT = 'Answers are quoted from the handbook. 👍 or 👎 on an answer tells the team which pages need work.';

/** Example questions as an escaped bullet list, or `undefined` when there are none. */
export function formatExamples(examples: string[], limit: number = ONBOARD_LIMITS.examples): string | undefined {
  const shown = examples
    .map((example) => example.replace(/\s+/g, ' ').trim())
    .filter((example) => example !== '')
    .slice(0, limit);
  if (shown.length === 0) return undefined;
  return shown.map((example) => `• ${escapeText(truncateText(example, ONBOARD_LIMITS.exampleText))}`).join('\n');
}
