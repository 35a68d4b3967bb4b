import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTION_IDS } from '../../blocks/index.js';
import type { SlackDeps } from '../../slack-deps.js';
import { handleFeedbackVote } from './feedback-vote.js';
import { handleShareAnswer } from './share-answer.js';

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(ACTION_IDS.feedbackUp, (args) => handleFeedbackVote(args, deps));
  app.action<BlockButtonAction>(ACTION_IDS.feedbackDown, (args) => handleFeedbackVote(args, deps));
  app.action<BlockButtonAction>(ACTION_IDS.share, (args) => handleShareAnswer(args, deps));
}
