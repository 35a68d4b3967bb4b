import { describe, expect, it } from 'vitest';
import { stripNonContent } from '../../src/knowledge/strip-non-content.js';

describe('stripNonContent', () => {
  it('removes ERB tags and keeps the static text between them', () => {
    // handbook/business-technology/tech-stack/index.html.md.erb
    const erb = [
      '<% data.tech_stack.each do |stack| %>',
      '## <%= stack.title %>',
      '',
      '<% if stack.handbook_link %>',
      '**Handbook Guide:** <%= stack.handbook_link %>',
      '<% end %>',
      '<% end %>',
    ].join('\n');
    expect(stripNonContent(erb)).toBe(['', '## ', '', '', '**Handbook Guide:** ', '', ''].join('\n'));
  });

  it('removes an ERB tag inside an HTML attribute', () => {
    // code-review/index.html.md.erb, "Maintainer ratios"
    const line = `<embed width="100%" height="100%" style="min-height:850px;" src="<%= signed_periscope_url(dashboard: 475647, embed: 'v2') %>">`;
    expect(stripNonContent(line)).toBe('<embed width="100%" height="100%" style="min-height:850px;" src="">');
  });

  it('removes an ERB tag that spans lines', () => {
    expect(stripNonContent('Before\n<%= partial "handbook/engineering/metrics/partials/child_dashboard.erb",\n  locals: { filter_type: "group" } %>\nAfter')).toBe(
      'Before\n\nAfter',
    );
  });

  it('removes HTML comments, scripts and styles', () => {
    const html = '<!-- blank line -->\nText<script type="text/javascript">\nvar x = "<p>";\n</script><style>.a { color: red }</style> stays';
    expect(stripNonContent(html)).toBe('\nText stays');
  });

  it('removes kramdown comments and options', () => {
    // handbook/markdown-guide and handbook/hiring/interviewing
    const kramdown = 'This is a paragraph\n{::comment}\nThis is a comment which is\ncompletely ignored.\n{:/comment}\n... paragraph continues here.\n{::options parse_block_html="true" /}';
    expect(stripNonContent(kramdown)).toBe('This is a paragraph\n\n... paragraph continues here.\n');
  });

  it('unwraps {::nomarkdown} and keeps its content', () => {
    expect(stripNonContent('{::nomarkdown}<ul><li>{:/}[Insights frontend](https://gitlab.com/x){::nomarkdown}</li></ul>{:/}')).toBe(
      '<ul><li>[Insights frontend](https://gitlab.com/x)</li></ul>',
    );
  });

  it('normalises line endings and drops NUL characters', () => {
    expect(stripNonContent('a\r\nb\rc\u0000d')).toBe('a\nb\ncd');
  });

  it('cuts an unterminated ERB tag or comment to the end of its line only', () => {
    expect(stripNonContent('Kept <% broken')).toBe('Kept ');
    // handbook/markdown-guide mentions `<!--` in a code span; the page goes on after it.
    expect(stripNonContent('Kept <!-- never closed\nstill text')).toBe('Kept \nstill text');
  });

  it('drops an opening <style> with no closing tag alone, keeping the page after it', () => {
    expect(stripNonContent('Use `<style>` tags sparingly.\n\n## Embed documents\nText')).toBe('Use `` tags sparingly.\n\n## Embed documents\nText');
  });
});
