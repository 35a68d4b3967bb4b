import type { webApi } from '@slack/bolt';
import type { Assistant } from '../answer/assistant.js';
import type { ChannelReplies } from '../config/config.js';
import type { FeedbackStore } from '../feedback/feedback-store.js';
import type { Logger } from './log/create-logger.js';

/** The parts of the feedback store the listeners use. */
export type SlackStore = Pick<
  FeedbackStore,
  'recordVote' | 'recordUnanswered' | 'claimWelcome' | 'rememberThread' | 'threadQuestion'
>;

/** The Web API methods the listeners call; Bolt's `client` satisfies it, tests pass a recording fake. */
export interface SlackClient {
  chat: Pick<webApi.WebClient['chat'], 'postMessage' | 'update'>;
  views: Pick<webApi.WebClient['views'], 'publish'>;
}

/** What every listener needs besides Bolt's own arguments, injected once by `createSlackApp`. */
export interface SlackDeps {
  assistant: Assistant;
  store: SlackStore;
  logger: Logger;
  settings: {
    channelReplies: ChannelReplies;
    welcomeChannels: readonly string[];
  };
  /** Milliseconds from a monotonic clock, for latencies; injectable so tests can pin it. */
  clock: () => number;
}
