import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/knowledge/parse-page.js';
import { projectSource } from './fixture-paths.js';

const handbook = projectSource('GitLab handbook');
const jobFamilies = projectSource('GitLab job families');
const sourcegraph = projectSource('Sourcegraph handbook');

const WORKFLOW = 'handbook/engineering/workflow/index.html.md';
const BACKEND = 'job-families/engineering/backend-engineer/index.html.md';

const workflowPage = `---
layout: handbook-page-toc
title: "Engineering Workflow"
---

This document explains the workflow for anyone working with issues in GitLab Inc.

## On this page
{:.no_toc .hidden-md .hidden-lg}

- TOC
{:toc .hidden-md .hidden-lg}

## Code Review {#code-review}

We have [specific rules around code review](/handbook/engineering/workflow/code-review/).

## Broken \`master\`

### What is a broken \`master\`?

A broken master is an event where a pipeline in \`master\` is failing.
`;

// backend-engineer: front matter title, an H1 restating it, a canonical_path, nested specialties.
const backendPage = `---
layout: job_family_page
title: "Backend Engineering"
canonical_path: "/job-families/engineering/backend-engineer/"
---

# Backend Engineering Roles at GitLab

Backend Engineers at GitLab work on our product.

<a id="intermediate-requirements"></a>
#### Requirements
* Significant professional experience with Ruby on Rails

## Specialties

### Geo

[GitLab Geo](https://docs.gitlab.com/ee/administration/geo/)
is an enterprise product feature.

#### Requirements
* Experience designing and building fault-tolerant, distributed systems
`;

describe('parsePage', () => {
  it('makes one section per heading with text, plus the opening text', () => {
    const { sections } = parsePage(WORKFLOW, workflowPage, handbook);
    expect(sections.map((s) => s.headings)).toEqual([
      ['Engineering Workflow'],
      ['Engineering Workflow', 'Code Review'],
      ['Engineering Workflow', 'Broken `master`', 'What is a broken `master`?'],
    ]);
  });

  it('gives the opening text the page URL and an empty anchor', () => {
    const [opening] = parsePage(WORKFLOW, workflowPage, handbook).sections;
    expect(opening).toMatchObject({ anchor: '', url: 'https://about.gitlab.com/handbook/engineering/workflow/' });
  });

  it('uses an explicit {#id} as the anchor of the section URL', () => {
    const section = parsePage(WORKFLOW, workflowPage, handbook).sections[1];
    expect(section).toMatchObject({
      anchor: 'code-review',
      url: 'https://about.gitlab.com/handbook/engineering/workflow/#code-review',
      text: 'We have [specific rules around code review](https://about.gitlab.com/handbook/engineering/workflow/code-review/).',
    });
  });

  it('fills every field of a section', () => {
    const section = parsePage(WORKFLOW, workflowPage, handbook).sections[2];
    expect(section).toEqual({
      source: 'GitLab handbook',
      path: WORKFLOW,
      pageTitle: 'Engineering Workflow',
      headings: ['Engineering Workflow', 'Broken `master`', 'What is a broken `master`?'],
      anchor: 'what-is-a-broken-master',
      url: 'https://about.gitlab.com/handbook/engineering/workflow/#what-is-a-broken-master',
      text: 'A broken master is an event where a pipeline in `master` is failing.',
      lang: 'en',
    });
  });

  it('builds heading paths through nested specialties', () => {
    const { sections } = parsePage(BACKEND, backendPage, jobFamilies);
    expect(sections.map((s) => s.headings.join(' › '))).toEqual([
      'Backend Engineering',
      'Backend Engineering › Requirements',
      'Backend Engineering › Specialties › Geo',
      'Backend Engineering › Specialties › Geo › Requirements',
    ]);
  });

  it('keeps the H1 that restates the title out of heading paths but uses its anchor', () => {
    const [opening] = parsePage(BACKEND, backendPage, jobFamilies).sections;
    expect(opening).toMatchObject({ headings: ['Backend Engineering'], anchor: 'backend-engineering-roles-at-gitlab' });
  });

  it('numbers a repeated heading anchor', () => {
    const { sections } = parsePage(BACKEND, backendPage, jobFamilies);
    expect(sections.map((s) => s.anchor)).toEqual(['backend-engineering-roles-at-gitlab', 'requirements', 'geo', 'requirements-1']);
  });

  it('lets canonical_path decide the section URLs', () => {
    const { sections } = parsePage('job-families/engineering/backend-engineer-copy/index.html.md', backendPage, jobFamilies);
    expect(sections[3]!.url).toBe('https://about.gitlab.com/job-families/engineering/backend-engineer/#requirements-1');
  });

  it('takes the title from the only H1 when there is no front matter, with GitHub anchors for Sourcegraph', () => {
    const page = '# On-call\n\nWe have an ops on-call rotation managed through [OpsGenie](https://opsgenie.com).\n\n## Ops incidents log\n\nAll significant incidents are recorded.\n';
    const { sections } = parsePage('sourcegraph/departments/engineering/dev/process/incidents/on_call.md', page, sourcegraph);
    expect(sections.map((s) => [s.pageTitle, s.headings.join(' › '), s.url])).toEqual([
      ['On-call', 'On-call', 'https://handbook.sourcegraph.com/departments/engineering/dev/process/incidents/on_call'],
      ['On-call', 'On-call › Ops incidents log', 'https://handbook.sourcegraph.com/departments/engineering/dev/process/incidents/on_call#ops-incidents-log'],
    ]);
  });

  it('takes the title from the path when there is neither title nor H1', () => {
    const { sections } = parsePage('handbook/leadership/building-trust/index.html.md', '## Introduction\n\nTrust is the cornerstone.\n', handbook);
    expect(sections[0]).toMatchObject({ pageTitle: 'Building trust', headings: ['Building trust', 'Introduction'] });
  });

  it('renders markdown in a front matter title', () => {
    const { sections } = parsePage('handbook/x/index.html.md', '---\ntitle: "Code Review &amp; *Guidelines*"\n---\nText.', handbook);
    expect(sections[0]!.pageTitle).toBe('Code Review & Guidelines');
  });

  it('reads the language from html_lang, ignoring the region', () => {
    const page = '---\ntitle: "GitLab ハンドブックの使い方"\nhtml_lang: "ja-JP"\n---\n\nBeyond being "handbook first," we are also "public handbook first."\n';
    expect(parsePage('handbook/handbook-usage/index.html.md', page, handbook).sections[0]!.lang).toBe('ja');
  });

  it('detects the language when html_lang is missing', () => {
    const page = '## フロー構造 {#flow-structure}\n\n1. Issueやチャットで、頻繁に（プロセス上の）問題が起きる\n1. ハンドブックへのMerge Requestという形で提案される\n';
    const [section] = parsePage('handbook/handbook-usage/index.html.md', page, handbook).sections;
    expect(section).toMatchObject({ lang: 'ja', anchor: 'flow-structure', url: 'https://about.gitlab.com/handbook/handbook-usage/#flow-structure' });
  });

  it('keeps the static text of an .md.erb page and drops its ERB', () => {
    const page = '## Maintainer ratios\n\nWe aim to keep the engineer : maintainer ratio under 6.\n\n<embed width="100%" src="<%= signed_periscope_url(dashboard: 475647, embed: \'v2\') %>">\n';
    const [section] = parsePage('handbook/engineering/workflow/code-review/index.html.md.erb', page, handbook).sections;
    expect(section!.text).toBe('We aim to keep the engineer : maintainer ratio under 6.');
    expect(section!.url).toBe('https://about.gitlab.com/handbook/engineering/workflow/code-review/#maintainer-ratios');
  });

  it('returns a warning with the sections of a page whose front matter is malformed', () => {
    const page = '---\ntitle: Building Trust\ntitle: "Building Trust at GitLab"\n---\n\n## Introduction\n\nTrust is the cornerstone of how we operate at GitLab.\n';
    const parsed = parsePage('handbook/leadership/building-trust/index.html.md', page, handbook);
    expect(parsed.warning).toBe('malformed front matter (duplicated mapping key at line 3, column 1:); body indexed without it');
    expect(parsed.sections.map((s) => s.text)).toEqual(['Trust is the cornerstone of how we operate at GitLab.']);
  });

  it('returns no sections for a page without text', () => {
    expect(parsePage('handbook/empty/index.html.md', '---\ntitle: Empty\n---\n\n## On this page\n{:.no_toc}\n\n- TOC\n{:toc}\n', handbook)).toEqual({ sections: [] });
  });
});
