import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;
export type HomeView = types.HomeView;

/** What every builder returns; pass it straight to `say`, `respond` or `chat.postMessage`. */
export interface SlackMessage {
  /** Plain fallback for notifications and screen readers: no markup that could ping. */
  text: string;
  blocks: KnownBlock[];
}
