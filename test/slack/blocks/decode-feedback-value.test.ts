import { describe, expect, it } from 'vitest';
import { decodeFeedbackValue } from '../../../src/slack/blocks/decode-feedback-value.js';
import { encodeFeedbackValue } from '../../../src/slack/blocks/encode-feedback-value.js';

const valid = { question: 'how fast do I have to review an MR?', sections: [{ title: 'Code Review Guidelines', section: 'Review-response SLO', url: 'https://x.com/cr#slo' }] };

describe('decodeFeedbackValue', () => {
  it('decodes a value made by encodeFeedbackValue', () => {
    expect(decodeFeedbackValue(encodeFeedbackValue(valid))).toEqual(valid);
  });

  it.each([
    ['empty string', ''],
    ['not JSON', 'feedback_up'],
    ['truncated JSON', encodeFeedbackValue(valid).slice(0, -3)],
    ['JSON null', 'null'],
    ['an array', '[1,"q",[]]'],
    ['a missing version', '{"q":"x","s":[]}'],
    ['another version', '{"v":2,"q":"x","s":[]}'],
    ['an extra key', '{"v":1,"q":"x","s":[],"admin":true}'],
    ['an empty question', '{"v":1,"q":"  ","s":[]}'],
    ['a numeric question', '{"v":1,"q":42,"s":[]}'],
    ['an overlong question', JSON.stringify({ v: 1, q: 'x'.repeat(301), s: [] })],
    ['sections that are not an array', '{"v":1,"q":"x","s":{}}'],
    ['six sections', JSON.stringify({ v: 1, q: 'x', s: Array.from({ length: 6 }, () => ['t', 's', 'https://x.com/']) })],
    ['a section with two fields', '{"v":1,"q":"x","s":[["t","https://x.com/"]]}'],
    ['a section with a numeric title', '{"v":1,"q":"x","s":[[1,"s","https://x.com/"]]}'],
    ['a javascript: URL', '{"v":1,"q":"x","s":[["t","s","javascript:alert(1)"]]}'],
    ['a data: URL', '{"v":1,"q":"x","s":[["t","s","data:text/html,hi"]]}'],
    ['a relative URL', '{"v":1,"q":"x","s":[["t","s","/handbook/"]]}'],
    ['an overlong title', JSON.stringify({ v: 1, q: 'x', s: [['t'.repeat(151), 's', 'https://x.com/']] })],
    ['a value over 2,000 characters', JSON.stringify({ v: 1, q: 'x', s: [] }) + ' '.repeat(2000)],
  ])('returns undefined for %s', (_name, value) => {
    expect(decodeFeedbackValue(value)).toBeUndefined();
  });
});
