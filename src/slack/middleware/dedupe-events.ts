import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../log/create-logger.js';
import type { RecentSet } from './create-recent-set.js';

/**
 * Global middleware that lets each Events API delivery through once. Slack redelivers an
 * event (same `event_id`, header `x-slack-retry-num`) when it thinks we were slow or failed;
 * without this the retry would post a second answer. Commands and actions carry no event id
 * and are never retried, so they pass untouched.
 */
export function dedupeEvents(recent: RecentSet, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = readEventId(body);
    if (eventId !== undefined && !recent.add(eventId)) {
      logger.info('duplicate event ignored', { eventId, retryNum: numberOrUndefined(context.retryNum) });
      return;
    }
    await next();
  };
}

function readEventId(body: AnyMiddlewareArgs['body']): string | undefined {
  const eventId: unknown = (body as { event_id?: unknown }).event_id;
  return typeof eventId === 'string' && eventId !== '' ? eventId : undefined;
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
