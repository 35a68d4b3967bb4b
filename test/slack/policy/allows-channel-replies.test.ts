import { describe, expect, it } from 'vitest';
import type { ChannelReplies } from '../../../src/config/config.js';
import { allowsChannelReplies } from '../../../src/slack/policy/allows-channel-replies.js';

describe('allowsChannelReplies', () => {
  it('allows nothing when off', () => {
    expect(allowsChannelReplies({ mode: 'off' }, 'C1')).toBe(false);
  });

  it('allows every channel for questions', () => {
    expect(allowsChannelReplies({ mode: 'questions' }, 'C1')).toBe(true);
  });

  it('allows only listed channels', () => {
    const policy: ChannelReplies = { mode: 'channels', channels: ['C1', 'C2'] };
    expect(allowsChannelReplies(policy, 'C2')).toBe(true);
    expect(allowsChannelReplies(policy, 'C3')).toBe(false);
  });
});
