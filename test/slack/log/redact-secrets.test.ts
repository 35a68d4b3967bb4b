import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../src/slack/log/redact-secrets.js';

describe('redactSecrets', () => {
  it('redacts every Slack token shape', () => {
    expect(redactSecrets('a xoxb-1-2-abc b xoxp-3-def c xoxe.xoxp-1-x d xapp-1-A-2-f')).toBe(
      'a [redacted] b [redacted] c xoxe.[redacted] d [redacted]',
    );
  });

  it('redacts given secrets but not short values', () => {
    expect(redactSecrets('secret=abcdef0123456789 port=3000', ['abcdef0123456789', '3000'])).toBe('secret=[redacted] port=3000');
  });

  it('redacts a given token whole even where the token shape stops early', () => {
    expect(redactSecrets('token xoxb-1-2-abc.def_ghi sent', ['xoxb-1-2-abc.def_ghi'])).toBe('token [redacted] sent');
  });
});
