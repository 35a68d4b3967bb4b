import { describe, expect, it, vi } from 'vitest';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { ignoreUnhandled } from '../../../src/slack/middleware/ignore-unhandled.js';
import { createLogger } from '../../../src/slack/log/create-logger.js';

type Args = Parameters<Middleware<AnyMiddlewareArgs>>[0];

function build() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  const middleware = ignoreUnhandled({ eventTypes: ['app_mention', 'message'], actionIds: ['feedback_up', 'share_answer'] }, logger);
  return { middleware, lines };
}

function run(middleware: Middleware<AnyMiddlewareArgs>, body: object) {
  const next = vi.fn(async () => undefined);
  const ack = vi.fn(async () => undefined);
  const done = middleware({ body, ack, next } as unknown as Args);
  return { done, next, ack };
}

const click = (actionId: string) => ({ type: 'block_actions', actions: [{ action_id: actionId }] });
const delivery = (eventType: string) => ({ type: 'event_callback', event: { type: eventType } });

describe('ignoreUnhandled', () => {
  it('passes a click on a known button to its listener without acknowledging it', async () => {
    const { middleware, lines } = build();
    const request = run(middleware, click('feedback_up'));
    await request.done;
    expect(request.next).toHaveBeenCalledTimes(1);
    expect(request.ack).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('acknowledges a click on an unknown button, stops there and logs one line', async () => {
    const { middleware, lines } = build();
    const request = run(middleware, click('retired_button'));
    await request.done;
    expect(request.ack).toHaveBeenCalledTimes(1);
    expect(request.next).not.toHaveBeenCalled();
    expect(lines).toEqual([expect.objectContaining({ level: 'warn', msg: 'button with an unknown action id ignored', actionId: 'retired_button' })]);
  });

  it('passes an event of a handled type', async () => {
    const { middleware, lines } = build();
    const request = run(middleware, delivery('message'));
    await request.done;
    expect(request.next).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([]);
  });

  it('stops an event nobody listens to with one info line', async () => {
    const { middleware, lines } = build();
    const request = run(middleware, delivery('reaction_added'));
    await request.done;
    expect(request.next).not.toHaveBeenCalled();
    expect(lines).toEqual([expect.objectContaining({ level: 'info', msg: 'event with no listener ignored', eventType: 'reaction_added' })]);
  });

  it('cuts a forged action id to 255 characters in the log', async () => {
    const { middleware, lines } = build();
    await run(middleware, click('x'.repeat(5000))).done;
    expect(lines[0]?.actionId).toBe('x'.repeat(255));
  });

  it('passes commands untouched', async () => {
    const { middleware } = build();
    const request = run(middleware, { command: '/onboard' });
    await request.done;
    expect(request.next).toHaveBeenCalledTimes(1);
    expect(request.ack).not.toHaveBeenCalled();
  });
});
