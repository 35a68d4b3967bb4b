/** The message builders the Slack listeners use: pure functions from core results to Block Kit. */
export { ACTION_IDS, BLOCK_IDS } from './action-ids.js';
export { answerMessage } from './answer-message.js';
export type { AnswerMessageOptions } from './answer-message.js';
export { decodeFeedbackValue } from './decode-feedback-value.js';
export { encodeFeedbackValue } from './encode-feedback-value.js';
export type { FeedbackSection, FeedbackValue } from './feedback-value.js';
export { errorMessage } from './error-message.js';
export { helpMessage } from './help-message.js';
export { homeView } from './home-view.js';
export { ONBOARD_LIMITS, SLACK_LIMITS } from './limits.js';
export { roleMessage } from './role-message.js';
export type { HomeView, KnownBlock, SlackMessage } from './slack-message.js';
export { topicsMessage } from './topics-message.js';
export { welcomeMessage } from './welcome-message.js';
export { withFeedbackAck } from './with-feedback-ack.js';
export { escapeText } from '../format/escape-text.js';
export { findLiveMentions } from '../format/find-live-mentions.js';
export { toMrkdwn } from '../format/to-mrkdwn.js';
