/** What a feedback button carries back to the listener: enough to record the vote, nothing else. */
export interface FeedbackValue {
  question: string;
  sections: FeedbackSection[];
}

export interface FeedbackSection {
  title: string;
  /** Heading path below the title, `A › B`; empty for a page's opening text. */
  section: string;
  url: string;
}

/** Format version inside the encoded value, so a future change can still read old buttons. */
export const FEEDBACK_VALUE_VERSION = 1;

/** Longest URL stored; a longer one is left out rather than cut (a cut URL is a wrong URL). */
export const FEEDBACK_URL_MAX = 600;
