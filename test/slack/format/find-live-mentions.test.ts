import { describe, expect, it } from 'vitest';
import { findLiveMentions } from '../../../src/slack/format/find-live-mentions.js';

describe('findLiveMentions', () => {
  it('finds user, channel, group and special mentions in order', () => {
    const text = 'hi <@U123> in <#C1|general>, <!subteam^S1|eng> and <!here>; also <!channel> <!everyone> <!date^1|x>';
    expect(findLiveMentions(text)).toEqual([
      '<@U123>',
      '<#C1|general>',
      '<!subteam^S1|eng>',
      '<!here>',
      '<!channel>',
      '<!everyone>',
      '<!date^1|x>',
    ]);
  });

  it('finds bare @here, @channel and @everyone', () => {
    expect(findLiveMentions('@here please, cc @channel @Everyone')).toEqual(['@here', '@channel', '@Everyone']);
  });

  it('ignores escaped mentions, links and e-mail addresses', () => {
    expect(findLiveMentions('&lt;!channel&gt; &lt;@U1&gt; <https://x.com|docs> ops@here.com @\u2060here')).toEqual([]);
  });

  it('reads only the text fields of a message, not button values', () => {
    const message = {
      text: 'fallback <!here>',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'Asked by <@U42>' } },
        { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share' }, value: '<!channel>' }] },
      ],
    };
    expect(findLiveMentions(message)).toEqual(['<!here>', '<@U42>']);
  });
});
