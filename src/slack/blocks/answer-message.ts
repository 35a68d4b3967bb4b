import type { types } from '@slack/bolt';
import type { Answer } from '../../answer/types.js';
import { cutMarkdown } from '../format/cut-markdown.js';
import { escapeText } from '../format/escape-text.js';
import { formatLink } from '../format/format-link.js';
import { toMrkdwn } from '../format/to-mrkdwn.js';
import { toPlainText } from '../format/to-plain-text.js';
import { truncateText } from '../format/truncate-text.js';
import { ACTION_IDS, BLOCK_IDS } from './action-ids.js';
import { actions, button, context, section } from './block-kit.js';
import { encodeFeedbackValue } from './encode-feedback-value.js';
import { fitLines } from './fit-lines.js';
import { formatSourceLink } from './format-source-link.js';
import { ONBOARD_LIMITS, SLACK_LIMITS } from './limits.js';
import type { KnownBlock, SlackMessage } from './slack-message.js';

export interface AnswerMessageOptions {
  /** Slash-command ephemeral: add a "Share in channel" button (action id `ACTION_IDS.share`, value = the question). */
  shareable?: boolean;
  /**
   * Slack user id of the asker, when the answer is shared to a channel: adds "Asked by <@U…>".
   * This is the one intended live mention in any message we build.
   */
  askedBy?: string;
}

const LOW_CONFIDENCE_LEAD = '*Closest match I found:*';
const CLOSEST_PAGES_LEAD = '*Closest pages:*';
const SECOND_PASSAGE_LEAD = '*Another close match:*';
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

/**
 * An answer as a message: optional "Asked by", the quoted passage (cut with a "Read on" link
 * when long), a second page's passage under a link to it when the answer has one, its sources as
 * links to the exact sections, and 👍/👎 feedback buttons. Confidence `low` is introduced as the
 * closest match; `none` shows the decline and the closest pages.
 */
export function answerMessage(answer: Answer, options: AnswerMessageOptions = {}): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (options.askedBy !== undefined) blocks.push(askedByBlock(options.askedBy, answer.question));
  blocks.push(...(answer.confidence === 'none' ? declineBlocks(answer) : passageBlocks(answer)));
  if (options.shareable === true) blocks.push(shareBlock(answer.question));
  blocks.push(feedbackBlock(answer));
  return { text: fallbackText(answer), blocks };
}

function askedByBlock(userId: string, question: string): types.ContextBlock {
  const asker = SLACK_USER_ID.test(userId) ? `<@${userId}>` : escapeText(userId);
  const echoed = escapeText(truncateText(question.replace(/\s+/g, ' ').trim(), ONBOARD_LIMITS.echoedQuestion));
  return context([`Asked by ${asker}: “${echoed}”`]);
}

function passageBlocks(answer: Answer): KnownBlock[] {
  const lead = answer.confidence === 'low' ? [section(LOW_CONFIDENCE_LEAD)] : [];
  const [first, second] = answer.sources;
  const passage = section(fitPassage(answer.answer, readOn(first)));
  const secondPassage =
    answer.secondPassage === undefined || second === undefined
      ? []
      : [section(`${SECOND_PASSAGE_LEAD} ${formatSourceLink(second)}`), section(fitPassage(answer.secondPassage, readOn(second)))];
  return [...lead, passage, ...secondPassage, ...sourcesBlock(answer)];
}

function readOn(source: { url: string } | undefined): string | undefined {
  return source === undefined ? undefined : formatLink(source.url, 'Read on →');
}

/** The passage's mrkdwn within one section; a cut passage ends with `…` and the "Read on" link. */
function fitPassage(markdown: string, readOn: string | undefined): string {
  const suffix = `\n…${readOn === undefined ? '' : ` ${readOn}`}`;
  const { markdown: kept, cut } = cutMarkdown(markdown, SLACK_LIMITS.sectionText - suffix.length);
  return cut ? `${toMrkdwn(kept)}${suffix}` : toMrkdwn(kept);
}

function sourcesBlock(answer: Answer): KnownBlock[] {
  if (answer.sources.length === 0) return [];
  const label = answer.sources.length === 1 ? 'Source:' : 'Sources:';
  const links = answer.sources.slice(0, SLACK_LIMITS.contextElements - 1).map(formatSourceLink);
  return [context([label, ...links])];
}

function declineBlocks(answer: Answer): KnownBlock[] {
  const decline = section(fitPassage(answer.answer, undefined));
  if (answer.sources.length === 0) return [decline];
  const pages = answer.sources.map((source) => `• ${formatSourceLink(source)}`);
  const list = fitLines([CLOSEST_PAGES_LEAD, ...pages], SLACK_LIMITS.sectionText, (n) => `…and ${n} more`);
  return [decline, section(list)];
}

function shareBlock(question: string): types.ActionsBlock {
  return actions(BLOCK_IDS.share, [
    button({ actionId: ACTION_IDS.share, label: 'Share in channel', value: question, style: 'primary' }),
  ]);
}

function feedbackBlock(answer: Answer): types.ActionsBlock {
  const value = encodeFeedbackValue({
    question: answer.question,
    sections: answer.sources.map(({ title, section, url }) => ({ title, section, url })),
  });
  return actions(BLOCK_IDS.feedback, [
    button({ actionId: ACTION_IDS.feedbackUp, label: '👍 Helpful', value }),
    button({ actionId: ACTION_IDS.feedbackDown, label: '👎 Not helpful', value }),
  ]);
}

function fallbackText(answer: Answer): string {
  const lead = answer.confidence === 'low' ? 'Closest match I found: ' : '';
  const [first] = answer.sources;
  const source = first === undefined || answer.confidence === 'none' ? '' : ` (source: ${truncateText(first.title, ONBOARD_LIMITS.label)})`;
  const budget = ONBOARD_LIMITS.fallbackText - lead.length - escapeText(source).length;
  return `${lead}${toPlainText(answer.answer, budget)}${escapeText(source)}`;
}
