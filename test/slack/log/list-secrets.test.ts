import { describe, expect, it } from 'vitest';
import { listSecrets } from '../../../src/slack/log/list-secrets.js';
import { createLogger } from '../../../src/slack/log/create-logger.js';

describe('listSecrets', () => {
  it('lists the tokens and the signing secret that are set', () => {
    expect(listSecrets({ botToken: 'xoxb-1', signingSecret: '0123456789abcdef0123456789abcdef' })).toEqual([
      'xoxb-1',
      '0123456789abcdef0123456789abcdef',
    ]);
  });

  it('lets the logger redact a token with characters its shape pattern stops at', () => {
    const token = 'xoxb-1111-2222-abc.def_ghi';
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line), secrets: listSecrets({ botToken: token }) });
    logger.warn(`echoed ${token} back`);
    expect(lines[0]).toContain('echoed [redacted] back');
    expect(lines[0]).not.toContain('def_ghi');
  });
});
