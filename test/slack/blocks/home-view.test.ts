import { describe, expect, it } from 'vitest';
import { homeView } from '../../../src/slack/blocks/home-view.js';
import { SLACK_LIMITS } from '../../../src/slack/blocks/limits.js';
import { handbookTopics } from '../../fixtures/slack-blocks/topics.js';
import { findLimitViolations } from './find-limit-violations.js';
import { findUnvettedTokens } from './find-unvetted-tokens.js';

describe('homeView', () => {
  it('shows what the bot is, how to ask, suggested questions and topics', () => {
    expect(homeView(handbookTopics)).toMatchSnapshot();
  });

  it('is a home view within view limits', () => {
    const view = homeView(handbookTopics);
    expect(view.type).toBe('home');
    expect(findLimitViolations(view, SLACK_LIMITS.viewBlocks)).toEqual([]);
  });

  it('lists the examples as suggested questions', () => {
    const text = JSON.stringify(homeView(handbookTopics));
    expect(text).toContain('Suggested questions');
    expect(text).toContain('• how fast do I have to review an MR?');
  });

  it('escapes examples and topic names', () => {
    expect(findUnvettedTokens(homeView({ ...handbookTopics, examples: ['<!here> hi'], roles: ['<@U1>'] }))).toEqual([]);
  });
});
