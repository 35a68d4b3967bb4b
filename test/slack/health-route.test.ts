import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { healthRoute } from '../../src/slack/health-route.js';
import { createLogger } from '../../src/slack/log/create-logger.js';

function call(route: ReturnType<typeof healthRoute>): { status: number; headers: Record<string, string>; body: unknown } {
  const result = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const response = {
    writeHead(status: number, headers: Record<string, string>) {
      result.status = status;
      result.headers = headers;
      return response;
    },
    end(text: string) {
      result.body = JSON.parse(text);
      return response;
    },
  };
  // The handler reads nothing from the request.
  route.handler({} as Parameters<CustomRoute['handler']>[0], response as unknown as ServerResponse);
  return result;
}

const info = { pages: 120, sections: 1400, builtAt: '2024-05-01T10:00:00.000Z', fingerprint: 'abc123' };

describe('healthRoute', () => {
  it('reports the index size and age', () => {
    const route = healthRoute({ assistant: { info: () => info }, logger: createLogger({ level: 'error', write: () => undefined }), mode: 'socket', now: () => new Date('2024-05-01T10:01:30.000Z') });
    expect(route).toMatchObject({ path: '/healthz', method: ['GET'] });
    expect(call(route)).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: { status: 'ok', mode: 'socket', index: { ...info, ageSeconds: 90 } },
    });
  });

  it('answers 503 and logs when the index cannot report', () => {
    const lines: string[] = [];
    const route = healthRoute({
      assistant: {
        info: () => {
          throw new Error('index not loaded');
        },
      },
      logger: createLogger({ level: 'error', write: (line) => lines.push(line) }),
      mode: 'http',
    });
    expect(call(route)).toMatchObject({ status: 503, body: { status: 'error', mode: 'http' } });
    expect(lines).toHaveLength(1);
  });
});
