import { describe, expect, it } from 'vitest';
import { decodeEntities, normalizeLabel, renderInline, toPlainText } from '../../src/knowledge/render-inline.js';

/** Like the real resolver: absolute URLs pass through, site paths land on the (test) site. */
const resolve = (href: string) => (/^https?:/.test(href) ? href : `https://site.test/${href.replace(/^\//, '')}`);
const render = (line: string, references: ReadonlyMap<string, string> = new Map()) => renderInline(line, resolve, references);

describe('renderInline', () => {
  it('keeps inline links with resolved targets', () => {
    expect(render('We have [specific rules around code review](/handbook/engineering/workflow/code-review/).')).toBe(
      'We have [specific rules around code review](https://site.test/handbook/engineering/workflow/code-review/).',
    );
  });

  it('resolves reference-style links from the page definitions', () => {
    // handbook/developer-onboarding: `[eng-wf]: /handbook/engineering/workflow/`
    const references = new Map([['eng-wf', '/handbook/engineering/workflow/']]);
    expect(render('Please see the [engineering workflow document][eng-wf] in the handbook', references)).toBe(
      'Please see the [engineering workflow document](https://site.test/handbook/engineering/workflow/) in the handbook',
    );
  });

  it('resolves shortcut and collapsed reference links, matching labels case-insensitively', () => {
    const references = new Map([['gitlab', 'https://gitlab.com/gitlab-org/gitlab']]);
    expect(render('pipelines for [GitLab] or [GitLab][] fail', references)).toBe(
      'pipelines for [GitLab](https://gitlab.com/gitlab-org/gitlab) or [GitLab](https://gitlab.com/gitlab-org/gitlab) fail',
    );
  });

  it('leaves brackets without a definition as text', () => {
    expect(render('Join the `[project or team]` Slack channel.', new Map([['x', '/x']]))).toBe('Join the `[project or team]` Slack channel.');
  });

  it('drops images, inline and with kramdown attributes', () => {
    // handbook/paid-time-off and handbook/competencies
    expect(render('![picture-of-pto-ninja-OOO-request](/handbook/paid-time-off/pto_ninja_OOO.png)')).toBe('');
    expect(render('![Manager Competencies Graphic](competencies-graphic.png){: .shadow.medium.center} See above.')).toBe('See above.');
  });

  it('drops raw HTML tags and keeps their text', () => {
    expect(render('1. <a name="official-public-holidays"></a>In addition, we encourage all team members')).toBe(
      '1. In addition, we encourage all team members',
    );
    expect(render('Productivity🔥<br><br>Zoomed-out thinking')).toBe('Productivity🔥 Zoomed-out thinking');
    expect(render('### <a name="Gitaly"></a>Cluster')).toBe('### Cluster');
  });

  it('turns autolinks into links', () => {
    expect(render('see <https://app.opsgenie.com/schedule>')).toBe('see [https://app.opsgenie.com/schedule](https://app.opsgenie.com/schedule)');
  });

  it('keeps strong emphasis as **text** and drops other emphasis', () => {
    expect(render("It's important to take PTO while you have something you *want* to do")).toBe(
      "It's important to take PTO while you have something you want to do",
    );
    expect(render('we still **help** clients during official days off')).toBe('we still **help** clients during official days off');
    expect(render('- _Optional:_ Peer review MRs.')).toBe('- Optional: Peer review MRs.');
    expect(render('_**Note** - remove the vacation delegate after your PTO_')).toBe('**Note** - remove the vacation delegate after your PTO');
    expect(render('__this__ and ~~that~~')).toBe('**this** and that');
  });

  it('leaves underscores inside words alone', () => {
    expect(render('`data/team_members/person/*` and snake_case_name')).toBe('`data/team_members/person/*` and snake_case_name');
  });

  it('drops kramdown attribute lists and heading ids left in a line', () => {
    expect(render('Report an incident here {: .alert .alert-danger}')).toBe('Report an incident here');
    expect(render('目次 {#on-this-page}')).toBe('目次');
  });

  it('decodes entities and unescapes markdown escapes', () => {
    expect(render('Code Review &amp; Merge &mdash; done')).toBe('Code Review & Merge — done');
    expect(render('\\*not emphasis\\* and 1\\. not a list')).toBe('*not emphasis* and 1. not a list');
  });

  it('collapses white space', () => {
    expect(render('  a \t b\u00a0 c  ')).toBe('a b c');
  });

  it('drops private-use characters and lone surrogates, and never joins two halves into a character', () => {
    // Found by the property test: dropping U+E000 alone turned a lone high and a lone low surrogate into 𐀀.
    expect(render('a\ud800\ue000\udc00b')).toBe('ab');
    expect(render('icon \uf101 text 𐀀')).toBe('icon text 𐀀');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;b&gt; &#169; &#x1F525; &unknown;')).toBe('<b> © 🔥 &unknown;');
  });

  it('drops code points that are not characters', () => {
    expect(decodeEntities('a&#xD800;b&#0;c')).toBe('abc');
  });
});

describe('normalizeLabel', () => {
  it('lower-cases and collapses white space', () => {
    expect(normalizeLabel('  Engineering\n Workflow ')).toBe('engineering workflow');
  });
});

describe('toPlainText', () => {
  it('drops link targets, strong markers and list markers', () => {
    expect(toPlainText('- Take [ownership](https://x.test/a#b) of **feature** implementation\n2. Review')).toBe(
      'Take ownership of feature implementation\nReview',
    );
  });
});
