import type { ChannelReplies } from '../../config/config.js';

/** Whether unprompted answers to questions are allowed in this channel (`ONBOARD_CHANNEL_REPLIES`). */
export function allowsChannelReplies(policy: ChannelReplies, channel: string): boolean {
  switch (policy.mode) {
    case 'off':
      return false;
    case 'questions':
      return true;
    case 'channels':
      return policy.channels.includes(channel);
  }
}
