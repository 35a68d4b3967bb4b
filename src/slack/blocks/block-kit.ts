import type { types } from '@slack/bolt';
import { truncateText } from '../format/truncate-text.js';
import { SLACK_LIMITS } from './limits.js';

/**
 * Small constructors for the blocks we use. Each enforces Slack's limit for its field as a
 * last line of defence; builders fit their content first so this cut rarely happens.
 */

export function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncateMrkdwn(mrkdwn, SLACK_LIMITS.sectionText) } };
}

export function context(mrkdwnElements: string[], blockId?: string): types.ContextBlock {
  const elements = mrkdwnElements
    .slice(0, SLACK_LIMITS.contextElements)
    .map((text): types.MrkdwnElement => ({ type: 'mrkdwn', text: truncateMrkdwn(text, SLACK_LIMITS.contextText) }));
  return blockId === undefined ? { type: 'context', elements } : { type: 'context', block_id: blockId, elements };
}

/** Header text is plain_text: Slack shows it verbatim, so it needs no escaping and cannot ping. */
export function header(plainText: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncateText(plainText, SLACK_LIMITS.headerText), emoji: true } };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

export function button(options: { actionId: string; label: string; value: string; style?: 'primary' | 'danger' }): types.Button {
  const base: types.Button = {
    type: 'button',
    action_id: options.actionId,
    text: { type: 'plain_text', text: truncateText(options.label, SLACK_LIMITS.buttonText), emoji: true },
    value: truncateText(options.value, SLACK_LIMITS.buttonValue),
  };
  return options.style === undefined ? base : { ...base, style: options.style };
}

export function actions(blockId: string, elements: types.Button[]): types.ActionsBlock {
  return { type: 'actions', block_id: blockId, elements: elements.slice(0, SLACK_LIMITS.actionsElements) };
}

/**
 * Cut mrkdwn to `maxLength` without leaving half a `<url|label>` link or half an `&amp;` entity,
 * preferring a line break near the end.
 */
export function truncateMrkdwn(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let cut = text.slice(0, maxLength - 1).replace(/[\uD800-\uDBFF]$/, '');
  const openLink = cut.lastIndexOf('<');
  if (openLink > cut.lastIndexOf('>')) cut = cut.slice(0, openLink);
  cut = cut.replace(/&[a-z]{0,3}$/, '');
  const lineBreak = cut.lastIndexOf('\n');
  if (lineBreak > cut.length * 0.8) cut = cut.slice(0, lineBreak);
  return `${cut.trimEnd()}…`;
}
