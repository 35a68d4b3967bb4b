// Words that open a question in English when they come first ("Where is...", "Do we...", "Anyone know...").
const QUESTION_OPENER =
  /^(how|what|where|when|why|who|whom|whose|which|can|could|should|would|will|is|are|was|were|do|does|did|has|have|any|anyone|anybody)(?:'s|’s|'re|’re)?\b/i;

const SLACK_MARKUP = /<[^>\s]*(?:\|[^>]*)?>/g;
const MIN_WORDS = 3;
const MIN_LETTERS = 10;

/**
 * Whether a channel message reads as a question worth answering unprompted: it ends with a
 * question mark or opens with a question word, once Slack markup (mentions, channel
 * references, links) is taken out. Very short texts and texts that are only links are not.
 */
export function isQuestion(text: string): boolean {
  const words = text.replace(SLACK_MARKUP, ' ').replace(/\s+/g, ' ').trim();
  if (words.split(' ').filter((word) => /\p{L}/u.test(word)).length < MIN_WORDS) return false;
  if ((words.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return false;
  return /[?？]["')\]]*$/.test(words) || QUESTION_OPENER.test(words);
}
