import { describe, expect, it } from 'vitest';
import { toQuestionText } from '../../../src/slack/text/to-question-text.js';

describe('toQuestionText', () => {
  it('keeps link labels and bare URLs', () => {
    expect(toQuestionText('is <https://handbook.example.com/vpn|this page> current? see <https://x.example/a>')).toBe(
      'is this page current? see https://x.example/a',
    );
  });

  it('turns channel references into names and drops mentions', () => {
    expect(toQuestionText('<@U123> where do I ask in <#C123|it-help>? <!here>')).toBe('where do I ask in #it-help?');
  });

  it('keeps a broadcast mention inside the question as a word, and drops pings at its ends', () => {
    expect(toQuestionText('is it ok to use <!here> in a big channel?')).toBe('is it ok to use @here in a big channel?');
    expect(toQuestionText('when should I use <!channel|@channel> vs <!everyone>?')).toBe('when should I use @channel vs @everyone?');
    expect(toQuestionText('<!here> <@U1> anyone know where the VPN docs are? <!channel>')).toBe('anyone know where the VPN docs are?');
    expect(toQuestionText('ask <!subteam^S123|@backend> or <@U42> about it')).toBe('ask or about it');
  });

  it('undoes Slack escapes', () => {
    expect(toQuestionText('R&amp;D &lt;team&gt; budget?')).toBe('R&D <team> budget?');
  });
});
