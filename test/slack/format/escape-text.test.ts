import { describe, expect, it } from 'vitest';
import { escapeText } from '../../../src/slack/format/escape-text.js';
import { findLiveMentions } from '../../../src/slack/format/find-live-mentions.js';

describe('escapeText', () => {
  it('escapes &, < and >', () => {
    expect(escapeText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
  });

  it('escapes <!channel>, <!here>, <!everyone>, user groups, users and channels', () => {
    const text = '<!channel> <!here> <!everyone> <!subteam^S1> <!subteam^S1|x> <@U123> <#C1>';
    const escaped = escapeText(text);
    expect(escaped).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;!subteam^S1&gt; &lt;!subteam^S1|x&gt; &lt;@U123&gt; &lt;#C1&gt;',
    );
    expect(findLiveMentions(escaped)).toEqual([]);
  });

  it('neutralises @here inside a longer word, which cutting the text short could turn into a ping', () => {
    expect(escapeText('&@here0!')).toBe('&amp;@\u2060here0!');
  });

  it('neutralises bare @channel, @here and @everyone with a word joiner', () => {
    expect(escapeText('hey @here and @Channel')).toBe('hey @\u2060here and @\u2060Channel');
    expect(findLiveMentions(escapeText('@channel @here @everyone'))).toEqual([]);
  });

  it('leaves ordinary @names and e-mail addresses alone', () => {
    expect(escapeText('ask @alice or mail help@example.com')).toBe('ask @alice or mail help@example.com');
    expect(escapeText('mail sales@channelpartner.com')).toBe('mail sales@channelpartner.com');
  });

  it('escapes text that is already escaped again', () => {
    expect(escapeText('&lt;!channel&gt;')).toBe('&amp;lt;!channel&amp;gt;');
  });
});
