import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.js';

/**
 * Modal submissions would be registered here. Onboard opens no modals yet: the Home tab is
 * published from the `app_home_opened` event (see ../events/app-home-opened.ts).
 */
export function register(_app: App, _deps: SlackDeps): void {}
