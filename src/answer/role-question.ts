/** The parts of a role page a question can ask for by name (`describe-role.ts` finds them). */
export type RolePartAsked = 'responsibilities' | 'requirements' | 'hiring process';

/**
 * What a question names as a role: not a person of yours ("my manager") nor a pronoun. Whether it is a
 * role is for the role pages to say (`findRolePart`): "the requirements for taking PTO" names none.
 */
const ROLE = String.raw`(?:an? |the )?(?!(?:my|our|your|i|we|you|they|it|this|that)\b)([\p{L}\p{N}][\p{L}\p{N} &/+.-]{1,59}?)`;
/** What may close the question: a place ("here", "at gitlab") and punctuation. */
const END = String.raw`(?: (?:here|at [\p{L}\p{N}]+))?[ ?!.]*$`;
const START = String.raw`^(?:so |and |hey,? )?`;

const ASKS: readonly { part: RolePartAsked; pattern: RegExp }[] = [
  // "What does a backend engineer do?", "what does an SRE actually do all day?"
  { part: 'responsibilities', pattern: new RegExp(`${START}what (?:does|do) ${ROLE} (?:actually |really |even )?do(?: all day| day to day| day-to-day)?${END}`, 'iu') },
  // "What are the responsibilities of a frontend engineer?"
  { part: 'responsibilities', pattern: new RegExp(`${START}what(?: are|'re|re| r) (?:the )?(?:responsibilities|duties) (?:of|for) ${ROLE}${END}`, 'iu') },
  // "What are the requirements for a backend engineer?", "what do I need to become a SET?"
  { part: 'requirements', pattern: new RegExp(`${START}what(?: are|'re|re| r) (?:the )?(?:requirements|qualifications) (?:of|for|to be|to become) ${ROLE}${END}`, 'iu') },
  { part: 'requirements', pattern: new RegExp(`${START}what do (?:i|you) need to (?:be|become) ${ROLE}${END}`, 'iu') },
  // "What's the hiring process for frontend engineers?"
  { part: 'hiring process', pattern: new RegExp(`${START}what(?:'s| is|s) (?:the )?(?:hiring|interview) process (?:for|of) ${ROLE}${END}`, 'iu') },
];

/**
 * The role a question asks for one part of, and which: "what does a backend engineer do?" asks for its
 * responsibilities, "what are the requirements for a SET?" its requirements. Only a question that asks
 * that and nothing more: "what does a backend engineer do when on call?" is searched as any question.
 */
export function rolePartAsked(question: string): { role: string; part: RolePartAsked } | undefined {
  const trimmed = question.trim();
  for (const { part, pattern } of ASKS) {
    const role = pattern.exec(trimmed)?.[1];
    if (role !== undefined) return { role, part };
  }
  return undefined;
}
