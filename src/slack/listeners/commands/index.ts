import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.js';
import { handleOnboardCommand } from './onboard-command.js';

export function register(app: App, deps: SlackDeps): void {
  app.command('/onboard', (args) => handleOnboardCommand(args, deps));
}
