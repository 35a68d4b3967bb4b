import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/slack/blocks/error-message.js';
import { findLiveMentions } from '../../../src/slack/format/find-live-mentions.js';
import { findLimitViolations } from './find-limit-violations.js';

describe('errorMessage', () => {
  it('apologises and says what to do next', () => {
    expect(errorMessage("I couldn't load the handbook index. Please try again in a minute.")).toMatchSnapshot();
  });

  it('falls back to a generic next step for empty text', () => {
    expect(errorMessage('  ').text).toBe('Sorry, something went wrong. Please try again in a minute.');
  });

  it('escapes the text', () => {
    const message = errorMessage('Timed out answering "<!channel> deploy?" & gave up');
    expect(message.text).toBe('Sorry, something went wrong. Timed out answering "&lt;!channel&gt; deploy?" &amp; gave up');
    expect(findLiveMentions(message)).toEqual([]);
  });

  it('stays within Slack limits for very long text', () => {
    expect(findLimitViolations(errorMessage('x '.repeat(30_000)))).toEqual([]);
  });
});
