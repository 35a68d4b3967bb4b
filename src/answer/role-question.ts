/**
 * "What does a backend engineer do?", "what do SREs actually do all day?": the role named, asked what it
 * does. Not "what does my manager do?" (a person of yours, not a role), nor "what do I do if ...", and
 * never a sentence with more in it than the role: the answer is the role page's responsibilities.
 */
const ROLE_DUTIES = /^(?:so |and |hey,? )?what (?:does|do) (?:an? |the )?(?!(?:my|our|your|i|we|you|they|it|this|that)\b)([\p{L}\p{N}][\p{L}\p{N} &/+.-]{1,59}?) (?:actually |really |even )?do(?: (?:all day|day to day|day-to-day|here|at [\p{L}\p{N}]+))?[ ?!.]*$/iu;

/** The role a question asks what it does, as the question names it, or undefined. */
export function roleDutiesAsked(question: string): string | undefined {
  return ROLE_DUTIES.exec(question.trim())?.[1];
}
