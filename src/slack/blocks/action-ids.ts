/** Action ids of the buttons the bot posts; listeners register on exactly these. */
export const ACTION_IDS = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  share: 'share_answer',
} as const;

/** `block_id`s of the blocks interactions target, so an update can find and replace them. */
export const BLOCK_IDS = {
  feedback: 'feedback',
  feedbackAck: 'feedback_ack',
  share: 'share',
} as const;
