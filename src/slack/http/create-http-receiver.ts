import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver } from '@slack/bolt';
import type { CustomRoute } from '@slack/bolt';
import type { Logger } from '../log/create-logger.js';
import { toBoltLogger } from '../log/to-bolt-logger.js';
import type { ScreenOptions } from './screen-slack-request.js';
import { screenSlackRequest } from './screen-slack-request.js';

export const EVENTS_PATH = '/slack/events';

export interface HttpReceiverOptions extends ScreenOptions {
  port: number;
  customRoutes: CustomRoute[];
  logger: Logger;
}

/**
 * Bolt's HTTP receiver (`POST /slack/events`, plus the custom routes) with every events request
 * screened first by {@link screenSlackRequest}. A request that fails is answered with its status
 * and one warning line, so Bolt only ever sees requests it can handle: left to itself it answers
 * an unrecognised body after three seconds with a 404 and two log lines, and a JSON `null`
 * crashes the process.
 */
export function createHttpReceiver(options: HttpReceiverOptions): HTTPReceiver {
  const { logger } = options;
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    port: options.port,
    customRoutes: options.customRoutes,
    logger: toBoltLogger(logger),
    bodyLimit: options.bodyLimitBytes,
    processEventErrorHandler: async ({ error, response }) => {
      logger.error('processing a Slack request failed', error);
      endWith(response, 500);
      // Marks the request as acknowledged, so Bolt's 3-second timer does not log it a second time.
      return true;
    },
  });
  const handle = receiver.requestListener;
  receiver.requestListener = (request, response) => {
    // Anything else (the health check, unknown paths) goes straight to Bolt, which routes it.
    if (!isEventsPost(request)) {
      handle(request, response);
      return;
    }
    screenSlackRequest(request, options)
      .then((rejection) => {
        if (rejection === undefined) {
          handle(request, response);
          return;
        }
        logger.warn('request rejected', { status: rejection.status, reason: rejection.reason });
        // The rest of an unread body would be taken for the next request on a kept-alive connection.
        if (rejection.unread === true) response.setHeader('connection', 'close');
        endWith(response, rejection.status);
      })
      .catch((error: unknown) => {
        logger.error('handling a Slack request failed', error);
        endWith(response, 500);
      });
  };
  return receiver;
}

function isEventsPost(request: IncomingMessage): boolean {
  if (request.method !== 'POST') return false;
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname === EVENTS_PATH;
  } catch {
    // An unparseable URL is not the events endpoint; Bolt answers it like any unknown path.
    return false;
  }
}

function endWith(response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  response.writeHead(status);
  response.end();
}
