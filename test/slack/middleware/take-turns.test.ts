import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { takeTurns } from '../../../src/slack/middleware/take-turns.js';
import { createLogger } from '../../../src/slack/log/create-logger.js';

type Args = Parameters<Middleware<AnyMiddlewareArgs>>[0];

const delivery = (eventType = 'message') => ({ type: 'event_callback', event: { type: eventType } });

function build(maxWaiting = 10) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { middleware: takeTurns({ maxWaiting }, logger), lines };
}

/** Counts turns of the event loop: one tick per check phase, for as long as it runs. */
function startTurnCounter() {
  let turn = 0;
  let running = true;
  const tick = (): void => {
    turn += 1;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { now: () => turn, stop: () => (running = false) };
}

describe('takeTurns', () => {
  let counter: ReturnType<typeof startTurnCounter> | undefined;
  afterEach(() => counter?.stop());

  it('runs waiting deliveries one per turn of the event loop, in arrival order', async () => {
    const { middleware } = build();
    counter = startTurnCounter();
    const started: [number, number][] = [];
    const runs = [0, 1, 2].map((i) =>
      middleware({ body: delivery(), next: async () => void started.push([i, counter?.now() ?? 0]) } as unknown as Args),
    );
    await Promise.all(runs);
    expect(started.map(([i]) => i)).toEqual([0, 1, 2]);
    const turns = started.map(([, turn]) => turn);
    expect(new Set(turns).size).toBe(3);
  });

  it('lets commands and clicks through at once', async () => {
    const { middleware } = build();
    const next = vi.fn(async () => undefined);
    const done = middleware({ body: { command: '/onboard' }, next } as unknown as Args);
    // Called synchronously, before any turn of the event loop.
    expect(next).toHaveBeenCalledTimes(1);
    await done;
  });

  it('drops a delivery with one log line when too many are waiting, and runs the rest', async () => {
    const { middleware, lines } = build(2);
    const next = vi.fn(async () => undefined);
    await Promise.all([1, 2, 3].map(() => middleware({ body: delivery('app_mention'), next } as unknown as Args)));
    expect(next).toHaveBeenCalledTimes(2);
    expect(lines).toEqual([expect.objectContaining({ level: 'warn', msg: 'event dropped: too many waiting to be answered', eventType: 'app_mention', waiting: 2 })]);
  });
});
