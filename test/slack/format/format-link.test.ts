import { describe, expect, it } from 'vitest';
import { formatLink } from '../../../src/slack/format/format-link.js';

describe('formatLink', () => {
  it('builds <url|label> for an https URL', () => {
    expect(formatLink('https://about.gitlab.com/handbook/values/#transparency', 'Transparency')).toBe(
      '<https://about.gitlab.com/handbook/values/#transparency|Transparency>',
    );
  });

  it('escapes the label and replaces | so it cannot split the link', () => {
    expect(formatLink('https://x.com/', 'a | b > c <!here> & d')).toBe('<https://x.com/|a ∣ b &gt; c &lt;!here&gt; &amp; d>');
  });

  it('percent-encodes | < > and escapes & inside the URL', () => {
    expect(formatLink('https://x.com/a|b?q=<1>&r=2', 'x')).toBe('<https://x.com/a%7Cb?q=%3C1%3E&amp;r=2|x>');
  });

  it('returns only the escaped label for javascript:, mailto: and relative URLs', () => {
    expect(formatLink('javascript:alert(1)', 'click <me>')).toBe('click &lt;me&gt;');
    expect(formatLink('mailto:people@example.com', 'mail us')).toBe('mail us');
    expect(formatLink('/handbook/values/', 'values')).toBe('values');
  });

  it('uses the URL as label when the label is empty', () => {
    expect(formatLink('https://x.com/a', '  ')).toBe('<https://x.com/a|https://x.com/a>');
  });
});
