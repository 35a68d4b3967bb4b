export type Confidence = 'high' | 'low' | 'none';

/** Where an answer came from: one section, linkable. */
export interface AnswerSource {
  /** Page title. */
  title: string;
  /** Heading path below the page title joined with " › "; empty for the page's opening text. */
  section: string;
  /** URL of the exact section. */
  url: string;
  /** File path relative to the knowledge root it came from. */
  path: string;
  /** Retrieval score, higher is better; only comparable within one answer. */
  score: number;
}

/** The JSON contract of `ask --json` and the input of every renderer. */
export interface Answer {
  question: string;
  /** Extractive text (light markdown: `- ` list lines, `**bold**`, `[text](url)`), or a decline/usage message. */
  answer: string;
  confidence: Confidence;
  /** Best first, at most 5. */
  sources: AnswerSource[];
  /**
   * A shorter passage from the second source's section, quoted too when the ranker is unsure the first
   * page is the right one, or when a second section of the first page comes close to the one quoted
   * (then linked second, before the other pages). Same markdown as `answer`; absent otherwise, and on
   * declines.
   */
  secondPassage?: string;
}
