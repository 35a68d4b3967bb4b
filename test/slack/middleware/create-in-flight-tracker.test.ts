import { describe, expect, it } from 'vitest';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { createInFlightTracker } from '../../../src/slack/middleware/create-in-flight-tracker.js';

type Args = Parameters<Middleware<AnyMiddlewareArgs>>[0];

describe('createInFlightTracker', () => {
  it('is idle with nothing in flight', async () => {
    await expect(createInFlightTracker().idle()).resolves.toBeUndefined();
  });

  it('resolves idle only after every request finished, failed ones included', async () => {
    const tracker = createInFlightTracker();
    const releases: (() => void)[] = [];
    const failing = tracker.middleware({ next: () => Promise.reject(new Error('listener failed')) } as unknown as Args);
    const slow = tracker.middleware({ next: () => new Promise<void>((resolve) => releases.push(resolve)) } as unknown as Args);
    await expect(failing).rejects.toThrow('listener failed');
    let idle = false;
    const waiting = tracker.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(tracker.count).toBe(1);
    expect(idle).toBe(false);
    releases.forEach((release) => release());
    await slow;
    await waiting;
    expect(idle).toBe(true);
  });
});
