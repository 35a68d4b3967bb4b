import { describe, expect, it } from 'vitest';
import { createRecentSet } from '../../../src/slack/middleware/create-recent-set.js';

describe('createRecentSet', () => {
  it('accepts a key once', () => {
    const recent = createRecentSet({ maxSize: 10, ttlMs: 1000 });
    expect(recent.add('Ev1')).toBe(true);
    expect(recent.add('Ev1')).toBe(false);
    expect(recent.add('Ev2')).toBe(true);
  });

  it('forgets keys after the TTL', () => {
    let now = 0;
    const recent = createRecentSet({ maxSize: 10, ttlMs: 1000, now: () => now });
    recent.add('Ev1');
    now = 999;
    expect(recent.add('Ev1')).toBe(false);
    now = 1000;
    expect(recent.add('Ev1')).toBe(true);
  });

  it('drops the oldest key beyond its size', () => {
    const recent = createRecentSet({ maxSize: 2, ttlMs: 1000 });
    recent.add('Ev1');
    recent.add('Ev2');
    recent.add('Ev3');
    expect(recent.size).toBe(2);
    expect(recent.add('Ev1')).toBe(true);
    expect(recent.add('Ev3')).toBe(false);
  });
});
