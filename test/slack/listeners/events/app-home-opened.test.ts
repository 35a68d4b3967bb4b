import { describe, expect, it } from 'vitest';
import { handleAppHomeOpened } from '../../../../src/slack/listeners/events/app-home-opened.js';
import { buildDeps } from '../../../support/build-deps.js';
import { buildHomeArgs } from '../../../support/build-args.js';
import { slackPlatformError } from '../../../support/fake-client.js';

describe('handleAppHomeOpened', () => {
  it('publishes the Home tab with the starter questions', async () => {
    const { deps } = buildDeps();
    const { args, client } = buildHomeArgs('home');
    await handleAppHomeOpened(args, deps);
    expect(client.views.publish).toHaveBeenCalledTimes(1);
    const published = client.views.publish.mock.calls[0]?.[0];
    expect(published).toMatchObject({ user_id: 'U123ASKER', view: { type: 'home' } });
    expect(JSON.stringify(published?.view)).toContain('How do I get my merge request reviewed?');
  });

  it('publishes nothing for the Messages tab', async () => {
    const { deps } = buildDeps();
    const { args, client } = buildHomeArgs('messages');
    await handleAppHomeOpened(args, deps);
    expect(client.views.publish).not.toHaveBeenCalled();
  });

  it('logs a failed publish', async () => {
    const { deps, logs } = buildDeps();
    const { args, client } = buildHomeArgs('home');
    client.views.publish.mockRejectedValueOnce(slackPlatformError('invalid_blocks'));
    await handleAppHomeOpened(args, deps);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'publishing the Home tab failed', slackError: 'invalid_blocks' }));
  });
});
