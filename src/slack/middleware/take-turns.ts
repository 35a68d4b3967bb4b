import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../log/create-logger.js';

export interface TakeTurnsOptions {
  /** Deliveries allowed to wait for their turn; one more is dropped with a log line. */
  maxWaiting: number;
}

/**
 * Global middleware that lets Events API deliveries run their listeners one per turn of the
 * event loop. Answering is synchronous work (10-30 ms a question); when events arrive faster
 * than that, listeners released together run back to back and the server reads no new request
 * meanwhile, so acknowledgements, which Slack needs within 3 seconds or it delivers again, wait
 * behind answers. Taking turns keeps reading and acknowledging between answers while the
 * backlog waits here, bounded by `maxWaiting`. Events are acknowledged by Bolt before any
 * middleware; commands and clicks acknowledge in their listener, so they never wait here.
 */
export function takeTurns(options: TakeTurnsOptions, logger: Logger): Middleware<AnyMiddlewareArgs> {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const releaseNext = (): void => {
    scheduled = false;
    waiting.shift()?.();
    // The next one goes in the next turn, after the server has read what arrived meanwhile.
    if (waiting.length > 0) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(releaseNext);
  };
  return async ({ body, next }) => {
    const eventType = readEventType(body);
    if (eventType === undefined) {
      await next();
      return;
    }
    if (waiting.length >= options.maxWaiting) {
      logger.warn('event dropped: too many waiting to be answered', { eventType, waiting: waiting.length });
      return;
    }
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      schedule();
    });
    await next();
  };
}

function readEventType(body: AnyMiddlewareArgs['body']): string | undefined {
  const { type, event } = body as { type?: unknown; event?: { type?: unknown } };
  if (type !== 'event_callback') return undefined;
  return typeof event?.type === 'string' ? event.type : 'unknown';
}
