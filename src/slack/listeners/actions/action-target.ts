import type { BlockAction } from '@slack/bolt';

/** The conversation and message a button was clicked in. */
export interface ActionTarget {
  channel: string;
  messageTs: string;
  /** Ephemeral messages (slash-command answers) can only be changed through the response URL. */
  ephemeral: boolean;
}

/** Reads where a block action happened; `container` is the one place Slack always fills in. */
export function readActionTarget(body: Pick<BlockAction, 'channel' | 'container' | 'message'>): ActionTarget {
  const container = body.container as { channel_id?: unknown; message_ts?: unknown; is_ephemeral?: unknown };
  const channel = body.channel?.id ?? (typeof container.channel_id === 'string' ? container.channel_id : '');
  const messageTs = body.message?.ts ?? (typeof container.message_ts === 'string' ? container.message_ts : '');
  return { channel, messageTs, ephemeral: container.is_ephemeral === true || body.message === undefined };
}
