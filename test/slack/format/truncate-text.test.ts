import { describe, expect, it } from 'vitest';
import { truncateText } from '../../../src/slack/format/truncate-text.js';

describe('truncateText', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateText('Share in channel', 75)).toBe('Share in channel');
  });

  it('cuts at a late space and adds an ellipsis', () => {
    expect(truncateText('Site Reliability Engineer', 20)).toBe('Site Reliability…');
  });

  it('cuts mid-word when there is no space near the end', () => {
    expect(truncateText('Supercalifragilistic', 10)).toBe('Supercali…');
  });

  it('never splits a surrogate pair', () => {
    expect(truncateText('ab😀😀', 4)).toBe('ab…');
  });
});
