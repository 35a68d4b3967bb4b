import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../log/create-logger.js';

/** What the listeners are registered for. */
export interface HandledKinds {
  eventTypes: readonly string[];
  actionIds: readonly string[];
}

/**
 * Global middleware that stops requests no listener handles, with one log line each. A click on
 * an unknown button (from an older version of a message, or forged) is acknowledged: left to
 * Bolt, it waits three seconds, answers 404 and Slack shows the person an error. An event of
 * a type nobody listens to (Bolt has already acknowledged it) is only logged, which shows an
 * event subscription in the app manifest that the code does not serve.
 */
export function ignoreUnhandled(handled: HandledKinds, logger: Logger): Middleware<AnyMiddlewareArgs> {
  const eventTypes = new Set(handled.eventTypes);
  const actionIds = new Set(handled.actionIds);
  return async (args) => {
    const { eventType, actionId } = readKind(args.body);
    if (eventType !== undefined && !eventTypes.has(eventType)) {
      logger.info('event with no listener ignored', { eventType: cut(eventType) });
      return;
    }
    if (actionId !== undefined && !actionIds.has(actionId)) {
      await (args as { ack?: () => Promise<void> }).ack?.();
      logger.warn('button with an unknown action id ignored', { actionId: cut(actionId) });
      return;
    }
    await args.next();
  };
}

function readKind(body: AnyMiddlewareArgs['body']): { eventType?: string; actionId?: string } {
  const { type, event, actions } = body as { type?: unknown; event?: { type?: unknown }; actions?: unknown };
  if (type === 'event_callback') return { eventType: textOrUndefined(event?.type) };
  if (type !== 'block_actions' || !Array.isArray(actions)) return {};
  // A block_actions payload carries exactly the one action that was clicked.
  return { actionId: textOrUndefined((actions[0] as { action_id?: unknown } | undefined)?.action_id) };
}

function textOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

// Slack caps ids and types well below this; a forged payload could send anything.
function cut(value: string): string {
  return value.slice(0, 255);
}
