import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/slack/text/parse-command.js';

describe('parseCommand', () => {
  it.each(['', '   ', 'help', 'HELP', '?'])('reads "%s" as help', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'help' });
  });

  it('reads topics', () => {
    expect(parseCommand('Topics')).toEqual({ kind: 'topics' });
  });

  it('reads role without a name', () => {
    expect(parseCommand('role')).toEqual({ kind: 'role' });
  });

  it('reads role with a name', () => {
    expect(parseCommand('role  backend   engineer')).toEqual({ kind: 'role', name: 'backend engineer' });
  });

  it('reads anything else as a question', () => {
    expect(parseCommand('how do I get my merge request reviewed?')).toEqual({
      kind: 'ask',
      question: 'how do I get my merge request reviewed?',
    });
  });

  it('reads a question starting with help as a question', () => {
    expect(parseCommand('help with VPN setup')).toEqual({ kind: 'ask', question: 'help with VPN setup' });
  });
});
