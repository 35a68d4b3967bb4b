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

  it('undoes Slack escapes', () => {
    expect(toQuestionText('R&amp;D &lt;team&gt; budget?')).toBe('R&D <team> budget?');
  });
});
