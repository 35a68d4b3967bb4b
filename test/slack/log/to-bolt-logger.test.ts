import { describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { createLogger } from '../../../src/slack/log/create-logger.js';
import { toBoltLogger } from '../../../src/slack/log/to-bolt-logger.js';

describe('toBoltLogger', () => {
  it('turns Bolt log calls into one JSON line each', () => {
    const lines: Record<string, unknown>[] = [];
    const bolt = toBoltLogger(createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) }));
    bolt.setName('web-api:WebClient:0');
    bolt.info('http request failed', { attempt: 2 });
    bolt.error('An unhandled error occurred', new Error('socket hang up'));
    bolt.debug('dropped at info');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', msg: 'http request failed {"attempt":2}', source: 'web-api:WebClient:0' }),
      expect.objectContaining({ level: 'error', msg: 'An unhandled error occurred', error: 'Error: socket hang up' }),
    ]);
  });

  it('reports the configured level', () => {
    expect(toBoltLogger(createLogger({ level: 'warn', write: () => undefined })).getLevel()).toBe(LogLevel.WARN);
  });
});
