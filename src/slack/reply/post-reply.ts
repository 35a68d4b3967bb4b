import type { SlackMessage } from '../blocks/index.js';
import type { Logger } from '../log/create-logger.js';
import type { SlackClient } from '../slack-deps.js';

export interface ReplyTarget {
  channel: string;
  /** Thread to post in; top level when undefined. */
  threadTs?: string;
}

/**
 * Posts a message and returns its ts ('' if Slack sent none), or undefined after logging
 * why it failed, so callers decide what a failure means without try/catch of their own.
 */
export async function postReply(client: SlackClient, logger: Logger, target: ReplyTarget, message: SlackMessage): Promise<string | undefined> {
  try {
    const posted = await client.chat.postMessage({
      channel: target.channel,
      ...(target.threadTs === undefined ? {} : { thread_ts: target.threadTs }),
      text: message.text,
      blocks: message.blocks,
      // Answers link to handbook pages; previews of them would bury the quoted passage.
      unfurl_links: false,
      unfurl_media: false,
    });
    return posted.ts ?? '';
  } catch (error) {
    logger.error('posting the reply failed', error, { channel: target.channel });
    return undefined;
  }
}
