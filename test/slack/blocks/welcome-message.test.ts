import { describe, expect, it } from 'vitest';
import { welcomeMessage } from '../../../src/slack/blocks/welcome-message.js';
import { handbookTopics } from '../../fixtures/slack-blocks/topics.js';
import { findLimitViolations } from './find-limit-violations.js';
import { findUnvettedTokens } from './find-unvetted-tokens.js';

describe('welcomeMessage', () => {
  it('welcomes with three starter questions', () => {
    const message = welcomeMessage(handbookTopics.examples);
    expect(message).toMatchSnapshot();
    expect(JSON.stringify(message)).not.toContain(handbookTopics.examples[3]);
  });

  it('works without examples', () => {
    const message = welcomeMessage([]);
    expect(message.blocks.map((b) => b.type)).toEqual(['section', 'context']);
    expect(findLimitViolations(message)).toEqual([]);
  });

  it('escapes example questions', () => {
    expect(findUnvettedTokens(welcomeMessage(['<@U1> @here what now?']))).toEqual([]);
  });
});
