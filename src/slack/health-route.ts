import type { CustomRoute } from '@slack/bolt';
import type { Assistant } from '../answer/assistant.js';
import type { Logger } from './log/create-logger.js';

/**
 * `GET /healthz`: 200 with the index's size and age, for load balancers and uptime checks.
 * Only index facts go out; nothing about Slack credentials or configuration.
 */
export function healthRoute(options: { assistant: Pick<Assistant, 'info'>; logger: Logger; mode: string; now?: () => Date }): CustomRoute {
  const now = options.now ?? (() => new Date());
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_request, response) => {
      let body: object;
      let status = 200;
      try {
        const info = options.assistant.info();
        const ageSeconds = Math.max(0, Math.round((now().getTime() - Date.parse(info.builtAt)) / 1000));
        body = { status: 'ok', mode: options.mode, index: { ...info, ageSeconds: Number.isNaN(ageSeconds) ? null : ageSeconds } };
      } catch (error) {
        options.logger.error('health check failed', error);
        status = 503;
        body = { status: 'error', mode: options.mode };
      }
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    },
  };
}
