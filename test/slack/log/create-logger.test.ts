import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/slack/log/create-logger.js';
import { slackPlatformError } from '../../support/fake-client.js';

function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'info', secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger({ level, write: (line) => lines.push(line), secrets, now: () => new Date('2024-05-01T10:00:00.000Z') });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes one JSON line per handled event', () => {
    const { logger, lines } = capture();
    logger.event({ type: 'app_mention', channel: 'C1', latencyMs: 42, confidence: 'high' });
    expect(lines).toEqual([
      '{"time":"2024-05-01T10:00:00.000Z","level":"info","msg":"handled","type":"app_mention","channel":"C1","latencyMs":42,"confidence":"high"}',
    ]);
  });

  it('drops lines below the level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('noise');
    logger.info('noise');
    logger.warn('kept');
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['kept']);
  });

  it('logs a Slack API error on one line with its code', () => {
    const { logger, lines } = capture();
    logger.error('posting the reply failed', slackPlatformError('channel_not_found'), { channel: 'C1' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '2024-05-01T10:00:00.000Z',
      level: 'error',
      msg: 'posting the reply failed',
      error: 'Error: An API error occurred: channel_not_found',
      code: 'slack_webapi_platform_error',
      slackError: 'channel_not_found',
      channel: 'C1',
    });
  });

  it('keeps a multi-line stack on one line at debug level', () => {
    const { logger, lines } = capture('debug');
    logger.error('boom', new Error('first\nsecond'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(JSON.parse(lines[0] ?? '')).toHaveProperty('stack');
  });

  it('never writes a token or a configured secret', () => {
    const secret = '0123456789abcdef0123456789abcdef';
    const { logger, lines } = capture('info', [secret]);
    logger.error('request failed', new Error(`invalid_auth for xoxb-1111-2222-abcdef and xapp-1-A1-2-abc, secret ${secret}`));
    logger.info('echo', { header: 'Bearer xoxp-9999-abc' });
    const all = lines.join('\n');
    expect(all).not.toMatch(/xox[bp]-|xapp-/);
    expect(all).not.toContain(secret);
    expect(all).toContain('[redacted]');
  });
});
