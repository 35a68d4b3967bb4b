import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.js';
import { handleMessage } from './handle-message.js';

export function register(app: App, deps: SlackDeps): void {
  // One listener for all messages, so a message can never be answered by two handlers.
  app.message((args) => handleMessage(args, deps));
}
