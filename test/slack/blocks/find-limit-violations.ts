import type { types } from '@slack/bolt';
import { SLACK_LIMITS } from '../../../src/slack/blocks/limits.js';
import type { KnownBlock } from '../../../src/slack/blocks/slack-message.js';

/**
 * Every Slack limit a message or view breaks, as readable strings (empty when it is valid),
 * so a failing test says which field is too long.
 */
export function findLimitViolations(message: { text?: string; blocks: types.AnyBlock[] }, maxBlocks: number = SLACK_LIMITS.messageBlocks): string[] {
  const violations: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) violations.push(what);
  };
  check(message.blocks.length <= maxBlocks, `${message.blocks.length} blocks > ${maxBlocks}`);
  if (message.text !== undefined) {
    check(message.text.length > 0, 'empty fallback text');
    check(message.text.length <= SLACK_LIMITS.messageText, `text ${message.text.length} > ${SLACK_LIMITS.messageText}`);
  }
  // Views are typed with AnyBlock, but every block our builders make is a KnownBlock.
  message.blocks.forEach((block, i) => violations.push(...blockViolations(block as KnownBlock).map((v) => `block ${i} (${block.type}): ${v}`)));
  return violations;
}

function blockViolations(block: KnownBlock): string[] {
  switch (block.type) {
    case 'section':
      return tooLong(block.text?.text ?? '', SLACK_LIMITS.sectionText, 'section text');
    case 'header':
      return tooLong(block.text.text, SLACK_LIMITS.headerText, 'header text');
    case 'context':
      return [
        ...(block.elements.length > SLACK_LIMITS.contextElements ? [`${block.elements.length} context elements`] : []),
        ...block.elements.flatMap((element) => ('text' in element ? tooLong(element.text, SLACK_LIMITS.contextText, 'context text') : [])),
      ];
    case 'actions':
      return [
        ...(block.elements.length > SLACK_LIMITS.actionsElements ? [`${block.elements.length} actions`] : []),
        ...block.elements.flatMap((element) =>
          element.type === 'button'
            ? [...tooLong(element.text.text, SLACK_LIMITS.buttonText, 'button text'), ...tooLong(element.value ?? '', SLACK_LIMITS.buttonValue, 'button value')]
            : [],
        ),
      ];
    default:
      return [];
  }
}

function tooLong(text: string, max: number, what: string): string[] {
  if (text.length === 0) return [`empty ${what}`];
  return text.length > max ? [`${what} ${text.length} > ${max}`] : [];
}
