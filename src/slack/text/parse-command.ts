/** What `/onboard <text>` asks for. */
export type OnboardCommand =
  | { kind: 'help' }
  | { kind: 'topics' }
  | { kind: 'role'; name?: string }
  | { kind: 'ask'; question: string };

/**
 * Reads the text after `/onboard`: empty or `help` -> help, `topics`, `role [name]`,
 * anything else is a question. Keywords are case-insensitive and only count as the first word.
 */
export function parseCommand(text: string): OnboardCommand {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const [first = '', ...rest] = trimmed.split(' ');
  const keyword = first.toLowerCase();
  if (trimmed === '' || (rest.length === 0 && (keyword === 'help' || keyword === '?'))) return { kind: 'help' };
  if (rest.length === 0 && keyword === 'topics') return { kind: 'topics' };
  if (keyword === 'role' || keyword === 'roles') {
    const name = rest.join(' ');
    return name === '' ? { kind: 'role' } : { kind: 'role', name };
  }
  return { kind: 'ask', question: trimmed };
}
