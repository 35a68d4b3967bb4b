import { describe, expect, it } from 'vitest';
import { findLiveMentions } from '../../../src/slack/format/find-live-mentions.js';
import { toPlainText } from '../../../src/slack/format/to-plain-text.js';

describe('toPlainText', () => {
  it('drops bold markers and keeps only link text', () => {
    expect(toPlainText('Read **the** [guide](https://x.com/g) first.', 100)).toBe('Read the guide first.');
  });

  it('turns list markers into bullets', () => {
    expect(toPlainText('- one\n1. two', 100)).toBe('• one\n1. two');
  });

  it('escapes mentions so the fallback cannot ping', () => {
    expect(findLiveMentions(toPlainText('<!channel> @here <@U1>', 100))).toEqual([]);
  });

  it('cuts to the maximum without leaving half an entity', () => {
    const plain = toPlainText('aaaaaaaaa & b', 12);
    expect(plain.length).toBeLessThanOrEqual(12);
    expect(plain).toBe('aaaaaaaaa…');
  });
});
