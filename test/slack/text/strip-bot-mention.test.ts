import { describe, expect, it } from 'vitest';
import { stripBotMention } from '../../../src/slack/text/strip-bot-mention.js';

describe('stripBotMention', () => {
  it('removes a leading mention', () => {
    expect(stripBotMention('<@UBOT> where is the on-call runbook?', 'UBOT')).toBe('where is the on-call runbook?');
  });

  it('removes a labelled mention and the comma after it', () => {
    expect(stripBotMention('<@UBOT|onboard>, how do I expense a book?', 'UBOT')).toBe('how do I expense a book?');
  });

  it('removes a mention in the middle and keeps other people', () => {
    expect(stripBotMention('hey <@UBOT> can <@U222> approve my MR?', 'UBOT')).toBe('hey can <@U222> approve my MR?');
  });

  it('returns empty text for a bare mention', () => {
    expect(stripBotMention('  <@UBOT>  ', 'UBOT')).toBe('');
  });
});
