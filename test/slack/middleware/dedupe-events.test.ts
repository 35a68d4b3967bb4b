import { describe, expect, it, vi } from 'vitest';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { createRecentSet } from '../../../src/slack/middleware/create-recent-set.js';
import { dedupeEvents } from '../../../src/slack/middleware/dedupe-events.js';
import { createLogger } from '../../../src/slack/log/create-logger.js';

type Args = Parameters<Middleware<AnyMiddlewareArgs>>[0];

function run(middleware: Middleware<AnyMiddlewareArgs>, body: object, retryNum?: number) {
  const next = vi.fn(async () => undefined);
  const args = { body, context: { retryNum }, next } as unknown as Args;
  return { done: middleware(args), next };
}

describe('dedupeEvents', () => {
  const build = () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    return { middleware: dedupeEvents(createRecentSet({ maxSize: 100, ttlMs: 60_000 }), logger), lines };
  };

  it('lets an event through once and drops its retry', async () => {
    const { middleware, lines } = build();
    const first = run(middleware, { event_id: 'Ev1' });
    const retry = run(middleware, { event_id: 'Ev1' }, 1);
    await Promise.all([first.done, retry.done]);
    expect(first.next).toHaveBeenCalledTimes(1);
    expect(retry.next).not.toHaveBeenCalled();
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ msg: 'duplicate event ignored', eventId: 'Ev1', retryNum: 1 });
  });

  it('drops a concurrent duplicate that arrives before the first finishes', async () => {
    const { middleware } = build();
    let release = (): void => undefined;
    const slowNext = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const first = middleware({ body: { event_id: 'Ev2' }, context: {}, next: slowNext } as unknown as Args);
    const duplicate = run(middleware, { event_id: 'Ev2' });
    await duplicate.done;
    release();
    await first;
    expect(slowNext).toHaveBeenCalledTimes(1);
    expect(duplicate.next).not.toHaveBeenCalled();
  });

  it('passes commands and actions, which have no event id', async () => {
    const { middleware } = build();
    const one = run(middleware, { command: '/onboard' });
    const two = run(middleware, { command: '/onboard' });
    await Promise.all([one.done, two.done]);
    expect(one.next).toHaveBeenCalledTimes(1);
    expect(two.next).toHaveBeenCalledTimes(1);
  });
});
