import { describe, expect, it } from 'vitest';
import { collectReferences, parseBlocks, type Block } from '../../src/knowledge/parse-blocks.js';

const resolve = (href: string) => (/^https?:/.test(href) ? href : `https://about.gitlab.com${href.startsWith('/') ? '' : '/'}${href}`);
const parse = (lines: string[]): Block[] => parseBlocks(lines.join('\n'), resolve);
const texts = (blocks: Block[]) => blocks.map((block) => (block.kind === 'line' ? block.text : `${'#'.repeat(block.level)} ${block.text}${block.id ? ` {#${block.id}}` : ''}`));

describe('parseBlocks', () => {
  it('drops the kramdown TOC: its heading ("On this page"), the {:.no_toc} and {:toc} attribute lines and the "- TOC" placeholder', () => {
    // The opening of nearly every GitLab handbook page.
    const blocks = parse(['## On this page', '{:.no_toc .hidden-md .hidden-lg}', '', '- TOC', '{:toc .hidden-md .hidden-lg}', '', '## GitLab Flow', '', 'Products at GitLab are built using the GitLab Flow.']);
    expect(texts(blocks)).toEqual(['## GitLab Flow', 'Products at GitLab are built using the GitLab Flow.']);
  });

  it('reads the text after a TOC as the text before its heading: the page opening of a Japanese page', () => {
    // handbook/spending-company-money (ja)
    const blocks = parse(['## 目次 {#on-this-page}', '{:.no_toc .hidden-md .hidden-lg}', '', '- TOC', '{:toc .hidden-md .hidden-lg}', '', '仕事に必要な物品を手に入れることに躊躇しないでください。', '', '## ガイドライン']);
    expect(texts(blocks)).toEqual(['仕事に必要な物品を手に入れることに躊躇しないでください。', '## ガイドライン']);
  });

  it('keeps a heading with text between it and a "- TOC" line', () => {
    expect(texts(parse(['## Contents', 'What this page covers:', '- TOC']))).toEqual(['## Contents', 'What this page covers:']);
  });

  it('drops a {: .class} line after a paragraph and keeps the paragraph', () => {
    // handbook/on-call
    const blocks = parse([
      "If you're a GitLab team member looking for who is currently the Engineer On Call (EOC), please see the section.",
      '{: .alert .alert-info}',
    ]);
    expect(texts(blocks)).toEqual(["If you're a GitLab team member looking for who is currently the Engineer On Call (EOC), please see the section."]);
  });

  it('reads explicit heading ids and strips them from the text', () => {
    // handbook/handbook-usage
    expect(parse(['## なぜハンドブックからはじめるのか？ {#why-handbook-first}'])).toEqual([{ kind: 'heading', level: 2, text: 'なぜハンドブックからはじめるのか？', id: 'why-handbook-first' }]);
    expect(parse(['#### SSOT 唯一の情報源 {#single-source-of-truth} '])).toEqual([{ kind: 'heading', level: 4, text: 'SSOT 唯一の情報源', id: 'single-source-of-truth' }]);
  });

  it('drops links, emphasis and HTML from heading text', () => {
    // code-review and backend-engineer headings
    expect(texts(parse(['#### Project maintainer process for [`gitlab-database`](https://gitlab.com/gitlab-org/gitlab)']))).toEqual([
      '#### Project maintainer process for `gitlab-database`',
    ]);
    expect(texts(parse(['### <a name="Gitaly"></a>Cluster', '## **Bold** heading ##']))).toEqual(['### Cluster', '## Bold heading']);
  });

  it('reads setext headings', () => {
    expect(parse(['Broken master', '=============', '', 'Escalation', '----------'])).toEqual([
      { kind: 'heading', level: 1, text: 'Broken master' },
      { kind: 'heading', level: 2, text: 'Escalation' },
    ]);
  });

  it('joins a paragraph wrapped over lines into one line', () => {
    const blocks = parse(['In line with our values of short toes, anyone can', 'propose to revert a merge request.']);
    expect(texts(blocks)).toEqual(['In line with our values of short toes, anyone can propose to revert a merge request.']);
  });

  it('keeps list items one a line, numbering "1." lists and indenting nested items', () => {
    // handbook/engineering/workflow, "Reverting a merge request"
    const blocks = parse([
      '* Something broke and there is no acceptable work around. Examples of this include:',
      '  * A feature broke and is categorized as `~severity::1` or `~severity::2`.',
      '  [See severity labels](/handbook/engineering/quality/issue-triage/#severity)',
      '  * [Master broke](#broken-master)',
      '* There are no dependencies on the change. For example, a database',
      'migration has not been run on production.',
      '',
      '1. Review justifications for several of the reviewer\'s recent merge requests.',
      '1. Reach out to at least two of the maintainers privately for feedback on the reviewer.',
    ]);
    expect(texts(blocks)).toEqual([
      '- Something broke and there is no acceptable work around. Examples of this include:',
      '  - A feature broke and is categorized as `~severity::1` or `~severity::2`. [See severity labels](https://about.gitlab.com/handbook/engineering/quality/issue-triage/#severity)',
      '  - [Master broke](https://about.gitlab.com/#broken-master)',
      '- There are no dependencies on the change. For example, a database migration has not been run on production.',
      "1. Review justifications for several of the reviewer's recent merge requests.",
      '2. Reach out to at least two of the maintainers privately for feedback on the reviewer.',
    ]);
  });

  it('restarts numbering after a heading', () => {
    expect(texts(parse(['1. one', '1. two', '## Next', '1. again']))).toEqual(['1. one', '2. two', '## Next', '1. again']);
  });

  it('keeps table rows as cells joined by " | " and drops the separator row', () => {
    // handbook/engineering/workflow, "Broken master service level objectives"
    const blocks = parse([
      '| Phase | Service level objective | DRI |',
      '| --- | --- | --- |',
      '| [Triage](/handbook/engineering/workflow/#triage-broken-master) | 4 hours from the initial broken `master` incident creation until assignment | Engineering Productivity team |',
    ]);
    expect(texts(blocks)).toEqual([
      'Phase | Service level objective | DRI',
      '[Triage](https://about.gitlab.com/handbook/engineering/workflow/#triage-broken-master) | 4 hours from the initial broken `master` incident creation until assignment | Engineering Productivity team',
    ]);
  });

  it('keeps fenced code lines verbatim, markdown and all', () => {
    // sourcegraph on_call.md, "Getting help"
    const blocks = parse(['You can find this in Slack using the `/genie` command:', '', '```', '/genie whoisoncall', '  # not a heading', '```', 'After.']);
    expect(texts(blocks)).toEqual(['You can find this in Slack using the `/genie` command:', '/genie whoisoncall', '  # not a heading', 'After.']);
  });

  it('reads block quotes as their text', () => {
    // code-review, "Review-response SLO"
    expect(texts(parse(['> Review-response SLO = (time when review is provided) - (time MR is assigned to reviewer)']))).toEqual([
      'Review-response SLO = (time when review is provided) - (time MR is assigned to reviewer)',
    ]);
  });

  it('drops horizontal rules and reference definitions', () => {
    expect(texts(parse(['Text.', '', '***', '', '[eng-wf]: /handbook/engineering/workflow/', 'More.']))).toEqual(['Text.', 'More.']);
  });

  it('resolves reference links against definitions anywhere on the page', () => {
    const blocks = parse([
      'Please see the [engineering workflow document][eng-wf] in the handbook.',
      '',
      '[eng-wf]: /handbook/engineering/workflow/',
    ]);
    expect(texts(blocks)).toEqual(['Please see the [engineering workflow document](https://about.gitlab.com/handbook/engineering/workflow/) in the handbook.']);
  });

  it('reads what follows quote markers as any other line: a heading, a list item, a rule, a blank', () => {
    expect(texts(parse(['> ## Escalation', '> - page the on-call', '>', '> ---', '> 1. then the manager']))).toEqual([
      '## Escalation',
      '- page the on-call',
      '1. then the manager',
    ]);
  });

  it('reads marks after spaces and tabs; after a no-break space only a table row is still one', () => {
    expect(texts(parse(['\t- tabbed item', '', '\u00a0- not an item', '', '\u00a0| a | table row |', '', '  ## indented heading']))).toEqual([
      '    - tabbed item',
      '- not an item',
      'a | table row',
      '## indented heading',
    ]);
  });

  it('takes a line under a paragraph-less text line as a setext heading only when it is all = or -', () => {
    expect(texts(parse(['Title', '=====', '', 'Subtitle', ' ---  ', '', 'Not a heading', '-- x']))).toEqual(['# Title', '## Subtitle', 'Not a heading -- x']);
  });

  it('reads an unclosed fence to the end of the page without throwing', () => {
    expect(texts(parse(['Intro', '```ruby', 'def foo', '## not a heading']))).toEqual(['Intro', 'def foo', '## not a heading']);
  });
});

describe('collectReferences', () => {
  it('collects definitions by normalised label, first one winning', () => {
    const references = collectReferences([
      '[GitLab]: https://gitlab.com/gitlab-org/gitlab',
      '[priority-issues]: https://gitlab.com/groups/gitlab-org/-/issues?scope=all "title"',
      '[gitlab]: https://example.com/second',
      'not a [definition]: here',
      '   [indented]: /three-spaces',
      '    [code]: /four-spaces',
    ]);
    expect([...references]).toEqual([
      ['gitlab', 'https://gitlab.com/gitlab-org/gitlab'],
      ['priority-issues', 'https://gitlab.com/groups/gitlab-org/-/issues?scope=all'],
      ['indented', '/three-spaces'],
    ]);
  });
});
