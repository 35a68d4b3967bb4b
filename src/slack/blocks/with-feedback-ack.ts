import { ACTION_IDS, BLOCK_IDS } from './action-ids.js';
import { context } from './block-kit.js';
import type { KnownBlock } from './slack-message.js';

const FEEDBACK_ACTIONS: ReadonlySet<string> = new Set([ACTION_IDS.feedbackUp, ACTION_IDS.feedbackDown]);

/**
 * The answer's blocks with the 👍/👎 buttons replaced by an acknowledgement, for updating the
 * message in place after a vote. Does not modify `blocks`; a second call replaces the first ack.
 */
export function withFeedbackAck(blocks: KnownBlock[], vote: 'up' | 'down', recorded: boolean): KnownBlock[] {
  const ack = context([ackText(vote, recorded)], BLOCK_IDS.feedbackAck);
  const index = blocks.findIndex(isFeedbackBlock);
  if (index === -1) return [...blocks, ack];
  return blocks.map((block, i) => (i === index ? ack : block));
}

function ackText(vote: 'up' | 'down', recorded: boolean): string {
  if (!recorded) return "Couldn't record your feedback right now, sorry";
  return vote === 'up' ? 'Thanks, noted 👍' : 'Thanks, noted 👎';
}

function isFeedbackBlock(block: KnownBlock): boolean {
  if (block.block_id === BLOCK_IDS.feedbackAck) return true;
  if (block.type !== 'actions') return false;
  return block.elements.some((element) => 'action_id' in element && FEEDBACK_ACTIONS.has(element.action_id ?? ''));
}
