/**
 * Slack's documented limits (Block Kit reference, chat.postMessage), in UTF-16 units as JS
 * counts them, which is never fewer than Slack's characters. Builders stay within these.
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a Home tab view. */
  viewBlocks: 100,
  /** `text` of a section block. */
  sectionText: 3000,
  /** Text object inside a context block; Slack caps text objects at 3000. */
  contextText: 3000,
  /** Elements in one context block. */
  contextElements: 10,
  /** `text` of a header block. */
  headerText: 150,
  /** Label of a button. */
  buttonText: 75,
  /** `value` of a button, returned in the action payload. */
  buttonValue: 2000,
  /** Elements in one actions block. */
  actionsElements: 25,
  /** Top-level `text` of a message; Slack truncates beyond it. */
  messageText: 40000,
} as const;

/** Our own, tighter choices for readable messages. */
export const ONBOARD_LIMITS = {
  /** Fallback `text`: notifications show a line or two, so more is noise. */
  fallbackText: 1000,
  /** One part of a role summary (e.g. Responsibilities) before "Read on". */
  rolePartText: 1500,
  /** Role parts shown; role pages rarely have more, and each is a block. */
  roleParts: 8,
  /** Example questions listed in help, welcome and App Home. */
  examples: 6,
  /** Length of one example question as listed. */
  exampleText: 150,
  /** Main areas listed in topics and App Home. */
  areas: 12,
  /** Question echoed in "Asked by" and the feedback value. */
  echoedQuestion: 300,
  /** Title or section name inside a link label or feedback value. */
  label: 150,
  /** Sources stored in a feedback value; `Answer.sources` has at most 5. */
  feedbackSections: 5,
} as const;
