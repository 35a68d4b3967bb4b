import type { SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeView } from '../../blocks/index.js';
import { logHandled } from '../../reply/log-handled.js';
import type { SlackClient, SlackDeps } from '../../slack-deps.js';

export type AppHomeOpenedArgs = Pick<SlackEventMiddlewareArgs<'app_home_opened'>, 'event'> & { client: SlackClient };

/** Publishes the Home tab (what Onboard is, how to ask, starter questions, topics) each time it is opened. */
export async function handleAppHomeOpened({ event, client }: AppHomeOpenedArgs, deps: SlackDeps): Promise<void> {
  const startedAt = deps.clock();
  const log = { type: 'app_home_opened', startedAt };
  // The event also fires for the Messages tab, which needs nothing published.
  if (event.tab !== undefined && event.tab !== 'home') {
    logHandled(deps, log, { outcome: 'ignored:messages-tab' });
    return;
  }
  try {
    await client.views.publish({ user_id: event.user, view: homeView(deps.assistant.topics()) });
    logHandled(deps, log, { outcome: 'published' });
  } catch (error) {
    deps.logger.error('publishing the Home tab failed', error);
    logHandled(deps, log, { outcome: 'failed:publish' });
  }
}
