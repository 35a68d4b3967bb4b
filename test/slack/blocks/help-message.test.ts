import { describe, expect, it } from 'vitest';
import { helpMessage } from '../../../src/slack/blocks/help-message.js';
import { handbookTopics } from '../../fixtures/slack-blocks/topics.js';
import { findLimitViolations } from './find-limit-violations.js';
import { findUnvettedTokens } from './find-unvetted-tokens.js';

describe('helpMessage', () => {
  it('explains every way to ask, the subcommands and example questions', () => {
    expect(helpMessage(handbookTopics.examples)).toMatchSnapshot();
  });

  it('names DMs, mentions, /onboard, channel questions and each subcommand', () => {
    const text = JSON.stringify(helpMessage([]));
    for (const phrase of ['Direct message', 'Mention me', '/onboard &lt;question&gt;', 'Questions in channels', '/onboard topics', '/onboard role [name]', '/onboard help']) {
      expect(text).toContain(phrase);
    }
  });

  it('leaves out the examples section when there are none', () => {
    expect(JSON.stringify(helpMessage([]))).not.toContain('Try asking');
  });

  it('escapes example questions and lists at most six', () => {
    const examples = ['<!channel> who is on call?', ...Array.from({ length: 10 }, (_, i) => `question ${i}`)];
    const message = helpMessage(examples);
    expect(findUnvettedTokens(message)).toEqual([]);
    expect(JSON.stringify(message)).toContain('&lt;!channel&gt; who is on call?');
    expect(JSON.stringify(message)).not.toContain('question 5');
  });

  it('stays within Slack limits', () => {
    expect(findLimitViolations(helpMessage(Array.from({ length: 100 }, () => 'x'.repeat(5000))))).toEqual([]);
  });
});
