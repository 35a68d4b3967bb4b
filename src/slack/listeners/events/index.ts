import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.js';
import { handleAppHomeOpened } from './app-home-opened.js';
import { handleAppMention } from './app-mention.js';
import { handleMemberJoinedChannel } from './member-joined-channel.js';

export function register(app: App, deps: SlackDeps): void {
  app.event('app_mention', (args) => handleAppMention(args, deps));
  app.event('app_home_opened', (args) => handleAppHomeOpened(args, deps));
  app.event('member_joined_channel', (args) => handleMemberJoinedChannel(args, deps));
}
