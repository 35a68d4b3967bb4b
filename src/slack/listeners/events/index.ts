import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.js';
import { handleAppHomeOpened } from './app-home-opened.js';
import { handleAppMention } from './app-mention.js';
import { handleMemberJoinedChannel } from './member-joined-channel.js';

/** The event types registered here (messages have their own listener); anything else is ignored. */
export const EVENT_TYPES = ['app_mention', 'app_home_opened', 'member_joined_channel'] as const;

export function register(app: App, deps: SlackDeps): void {
  app.event('app_mention', (args) => handleAppMention(args, deps));
  app.event('app_home_opened', (args) => handleAppHomeOpened(args, deps));
  app.event('member_joined_channel', (args) => handleMemberJoinedChannel(args, deps));
}
