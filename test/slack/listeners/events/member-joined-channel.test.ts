import { describe, expect, it } from 'vitest';
import { handleMemberJoinedChannel } from '../../../../src/slack/listeners/events/member-joined-channel.js';
import { blocksOf } from '../../../support/fake-client.js';
import { buildDeps } from '../../../support/build-deps.js';
import { buildMemberJoinedArgs } from '../../../support/build-args.js';

const WELCOME = 'C0NEWHIRES1';

describe('handleMemberJoinedChannel', () => {
  it('sends a welcome DM to the person who joined a welcome channel', async () => {
    const { deps } = buildDeps({ welcomeChannels: [WELCOME] });
    const { args, client } = buildMemberJoinedArgs('U0NEWHIRE1', WELCOME);
    await handleMemberJoinedChannel(args, deps);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    const posted = client.chat.postMessage.mock.calls[0]?.[0];
    expect(posted?.channel).toBe('U0NEWHIRE1');
    expect(blocksOf(posted)).toContain('What should I do in my first week?');
  });

  it('welcomes each person once, across welcome channels', async () => {
    const { deps } = buildDeps({ welcomeChannels: [WELCOME, 'C0NEWHIRES2'] });
    const first = buildMemberJoinedArgs('U0NEWHIRE1', WELCOME);
    const second = buildMemberJoinedArgs('U0NEWHIRE1', 'C0NEWHIRES2');
    await handleMemberJoinedChannel(first.args, deps);
    await handleMemberJoinedChannel(second.args, deps);
    expect(first.client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(second.client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('ignores other channels', async () => {
    const { deps, store } = buildDeps({ welcomeChannels: [WELCOME] });
    const { args, client } = buildMemberJoinedArgs('U0NEWHIRE1', 'C0RANDOM01');
    await handleMemberJoinedChannel(args, deps);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(store.welcomed.size).toBe(0);
  });

  it('does not welcome itself', async () => {
    const { deps } = buildDeps({ welcomeChannels: [WELCOME] });
    const { args, client } = buildMemberJoinedArgs('UBOT', WELCOME);
    await handleMemberJoinedChannel(args, deps);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('sends nothing when the store cannot say whether they were welcomed', async () => {
    const { deps, store, logs } = buildDeps({ welcomeChannels: [WELCOME] });
    store.failing = true;
    const { args, client } = buildMemberJoinedArgs('U0NEWHIRE1', WELCOME);
    await handleMemberJoinedChannel(args, deps);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'welcome skipped: feedback store unavailable' }));
  });
});
