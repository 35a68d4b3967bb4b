import { describe, expect, it } from 'vitest';
import { decodeFeedbackValue } from '../../../src/slack/blocks/decode-feedback-value.js';
import { encodeFeedbackValue } from '../../../src/slack/blocks/encode-feedback-value.js';

const section = (i: number) => ({
  title: 'Code Review Guidelines',
  section: `Reviewer ${i}`,
  url: `https://about.gitlab.com/handbook/engineering/workflow/code-review/#reviewer-${i}`,
});

describe('encodeFeedbackValue', () => {
  it('encodes the question and sections as compact JSON', () => {
    expect(encodeFeedbackValue({ question: 'who reviews my MR?', sections: [section(1)] })).toBe(
      '{"v":1,"q":"who reviews my MR?","s":[["Code Review Guidelines","Reviewer 1","https://about.gitlab.com/handbook/engineering/workflow/code-review/#reviewer-1"]]}',
    );
  });

  it('round-trips through decodeFeedbackValue', () => {
    const value = { question: 'how do I get maintainer rights?', sections: [section(1), section(2), { ...section(3), section: '' }] };
    expect(decodeFeedbackValue(encodeFeedbackValue(value))).toEqual(value);
  });

  it('writes < > & @ as unicode escapes so the value holds no mention syntax', () => {
    const encoded = encodeFeedbackValue({ question: '<!channel> & @here <@U1>', sections: [] });
    expect(encoded).toBe('{"v":1,"q":"\\u003c!channel\\u003e \\u0026 \\u0040here \\u003c\\u0040U1\\u003e","s":[]}');
    expect(decodeFeedbackValue(encoded)?.question).toBe('<!channel> & @here <@U1>');
  });

  it('stays within 2,000 characters by shortening the question and dropping sources', () => {
    const huge = {
      question: 'why '.repeat(5000),
      sections: Array.from({ length: 5 }, (_, i) => ({ title: 'T'.repeat(1000), section: 'S'.repeat(1000), url: `https://x.com/${'p'.repeat(500)}/${i}` })),
    };
    const encoded = encodeFeedbackValue(huge);
    expect(encoded.length).toBeLessThanOrEqual(2000);
    const decoded = decodeFeedbackValue(encoded);
    expect(decoded?.question.startsWith('why why')).toBe(true);
    expect(decoded?.sections.length).toBeGreaterThan(0);
  });

  it('stays within 2,000 characters for a question made only of escaped characters', () => {
    const encoded = encodeFeedbackValue({ question: '<'.repeat(300), sections: [section(1)] });
    expect(encoded.length).toBeLessThanOrEqual(2000);
    expect(decodeFeedbackValue(encoded)).toBeDefined();
  });

  it('leaves out sources with non-http(s) or overlong URLs', () => {
    const encoded = encodeFeedbackValue({
      question: 'q',
      sections: [{ ...section(1), url: 'javascript:alert(1)' }, { ...section(2), url: `https://x.com/${'a'.repeat(700)}` }, section(3)],
    });
    expect(decodeFeedbackValue(encoded)?.sections).toEqual([section(3)]);
  });
});
