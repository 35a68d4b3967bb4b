import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, MAX_FILE_BYTES, sourceFor } from '../../src/knowledge/load-knowledge.js';
import type { KnowledgeBase, Section } from '../../src/knowledge/types.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, MESSY_KNOWLEDGE } from './fixture-paths.js';

const config = loadProjectConfig();
let fixture: KnowledgeBase;
let messy: KnowledgeBase;
const scratch = mkdtempSync(join(tmpdir(), 'onboard-load-'));

beforeAll(() => {
  fixture = loadKnowledge([FIXTURE_KNOWLEDGE], config);
  messy = loadKnowledge([MESSY_KNOWLEDGE], config);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function section(path: string, heading: string): Section {
  const found = fixture.sections.find((s) => s.path === path && s.headings[s.headings.length - 1] === heading);
  if (!found) throw new Error(`no section "${heading}" in ${path}`);
  return found;
}

const WORKFLOW = 'handbook/engineering/workflow/index.html.md';
const CODE_REVIEW = 'handbook/engineering/workflow/code-review/index.html.md.erb';
const BACKEND = 'job-families/engineering/backend-engineer/index.html.md';
const ON_CALL = 'sourcegraph/departments/engineering/dev/process/incidents/on_call.md';

describe('loadKnowledge', () => {
  it('reads every fixture file, numbering sections in order', () => {
    expect(fixture.files).toBe(9);
    expect(fixture.skipped).toEqual([]);
    expect(fixture.sections.map((s) => s.id)).toEqual(fixture.sections.map((_, i) => i));
  });

  it('assigns each file to the first configured source whose pattern matches', () => {
    const sourceOf = (path: string) => fixture.sections.find((s) => s.path === path)?.source;
    expect(sourceOf('roles/developer.md')).toBe('Role pages');
    expect(sourceOf(BACKEND)).toBe('GitLab job families');
    expect(sourceOf(WORKFLOW)).toBe('GitLab handbook');
    expect(sourceOf(ON_CALL)).toBe('Sourcegraph handbook');
  });

  it('links the workflow sections to the public handbook', () => {
    expect(section(WORKFLOW, 'Reverting a merge request').url).toBe('https://about.gitlab.com/handbook/engineering/workflow/#reverting-a-merge-request');
    expect(section(WORKFLOW, 'Broken `master`').url).toBe('https://about.gitlab.com/handbook/engineering/workflow/#broken-master');
  });

  it('reads the .md.erb code review page with its kramdown TOC removed', () => {
    const slo = section(CODE_REVIEW, 'Review-response SLO');
    expect(slo.headings).toEqual(['Code Review Guidelines', 'Review turnaround time', 'Review-response SLO']);
    expect(slo.url).toBe('https://about.gitlab.com/handbook/engineering/workflow/code-review/#review-response-slo');
    expect(slo.text).toContain('- From GitLab team members: `Review-response` SLO < 2 business days');
    const headings = fixture.sections.filter((s) => s.path === CODE_REVIEW).map((s) => s.headings[1]);
    expect(headings).not.toContain('On this page');
    expect(fixture.sections.some((s) => /\bTOC\b|\{:|<%|%>/.test(s.text))).toBe(false);
  });

  it('keeps the text around ERB embeds and drops the embeds', () => {
    expect(section(CODE_REVIEW, 'Maintainer ratios').text).toBe(
      'We aim to keep the engineer : maintainer ratio under 6, for both frontend and backend. We track this in the [Engineer : Maintainer Ratio dashboard](https://app.periscopedata.com/app/gitlab/475647/Engineer-:-Maintainer-Ratio):',
    );
  });

  it('resolves reference-style links defined at the bottom of the page', () => {
    // [priority-issues]: https://gitlab.com/groups/gitlab-org/-/issues?...
    expect(section(WORKFLOW, 'Basics').text).toContain('[You can use this query, which sorts by priority for the started milestones](https://gitlab.com/groups/gitlab-org/-/issues?scope=all');
    // [developers' responsibilities]: /job-families/engineering/backend-engineer/#responsibilities
    expect(section(WORKFLOW, 'Triaging and Reviewing Code from the rest of the Community').text).toContain(
      "[developers' responsibilities](https://about.gitlab.com/job-families/engineering/backend-engineer/#responsibilities)",
    );
  });

  it('makes relative links absolute on the same site', () => {
    expect(section('roles/developer.md', 'Developer').text).toContain('[remote and agile](https://about.gitlab.com/2015/09/14/remote-agile-at-gitlab/)');
    expect(section(WORKFLOW, 'Reverting a merge request').text).toContain('[Master broke](https://about.gitlab.com/handbook/engineering/workflow/#broken-master)');
  });

  it('turns Sourcegraph ../x/index.md#y links into page URLs', () => {
    expect(section(ON_CALL, 'Responsibilities').text).toContain(
      '[setup access to kubernetes](https://handbook.sourcegraph.com/departments/engineering/dev/process/deployments#how-to-set-up-access-to-kubernetes)',
    );
  });

  it('builds heading paths down to specialty requirements, with canonical_path URLs', () => {
    const geo = fixture.sections.find((s) => s.path === BACKEND && s.headings.join(' › ') === 'Backend Engineering › Specialties › Geo › Requirements');
    expect(geo).toMatchObject({ anchor: 'requirements-1', url: 'https://about.gitlab.com/job-families/engineering/backend-engineer/#requirements-1' });
    expect(geo!.text.split('\n')[0]).toBe('- Experience designing and building fault-tolerant, distributed systems');
  });

  it('keeps list items as lines', () => {
    const lines = section('roles/developer.md', 'Responsibilities').text.split('\n');
    expect(lines).toHaveLength(8);
    expect(lines.every((line) => line.startsWith('- '))).toBe(true);
    expect(lines[0]).toBe('- Develop features from proposal to polished end result.');
  });

  it('keeps tables as rows', () => {
    expect(section(WORKFLOW, 'Broken `master` service level objectives').text.split('\n')).toContain('Phase | Service level objective | DRI');
  });

  it('drops raw HTML and images and keeps their text', () => {
    const usage = fixture.sections.filter((s) => s.path === 'handbook/handbook-usage/index.html.md').map((s) => s.text).join('\n');
    expect(usage).not.toMatch(/<\/?(figure|iframe)|<!--/);
    expect(usage).toContain('GitLab共同創業者兼CEOのシド・シーブランディ氏は、[INSEAD](http://insead.edu/)で');
    const holidays = section('handbook/paid-time-off/index.html.md', 'Holidays').text;
    expect(holidays).not.toContain('pto_ninja_OOO.png');
    expect(holidays).toContain('3. Please note that Public Holidays will be listed in PTO Roots with a Length of 0 days (0 hours).');
  });

  it('reads the language from html_lang', () => {
    const languages = new Set(fixture.sections.filter((s) => s.path === 'handbook/handbook-usage/index.html.md').map((s) => s.lang));
    expect([...languages]).toEqual(['ja']);
    expect(section(WORKFLOW, 'Basics').lang).toBe('en');
  });

  it('keeps Japanese explicit heading ids as anchors', () => {
    expect(section('handbook/handbook-usage/index.html.md', 'なぜハンドブックからはじめるのか？').url).toBe(
      'https://about.gitlab.com/handbook/handbook-usage/#why-handbook-first',
    );
  });

  it('reports broken files with their paths and why, and still indexes what it can', () => {
    expect(messy.skipped).toEqual([
      { path: 'handbook/empty/index.html.md', reason: 'no text' },
      { path: 'handbook/engineering/metrics/dev/plan/certify/index.html.md.erb', reason: 'no text' },
      { path: 'handbook/latin1/index.html.md', reason: 'invalid UTF-8 replaced' },
      {
        path: 'handbook/leadership/building-trust/index.html.md',
        reason: 'malformed front matter (duplicated mapping key at line 4, column 1:); body indexed without it',
      },
      { path: 'handbook/unterminated/index.html.md', reason: 'unterminated front matter (no closing ---); body indexed without it' },
    ]);
    expect(messy.files).toBe(4);
  });

  it('indexes the body of a page whose front matter is malformed', () => {
    const trust = messy.sections.filter((s) => s.path === 'handbook/leadership/building-trust/index.html.md');
    expect(trust.map((s) => s.headings.join(' › '))).toEqual(['Building trust › Introduction']);
    expect(trust[0]!.text).toMatch(/^Trust is the cornerstone of how we operate at GitLab\./);
  });

  it('reports an unterminated front matter block and keeps its YAML out of the text', () => {
    expect(messy.skipped.map((file) => file.path)).toContain('handbook/unterminated/index.html.md');
    const texts = messy.sections.filter((s) => s.path === 'handbook/unterminated/index.html.md').map((s) => s.text);
    expect(texts.join('\n')).not.toContain('layout: handbook-page-toc');
  });

  it('reads CRLF files and Latin-1 bytes without losing the page', () => {
    const crlf = messy.sections.find((s) => s.path === 'handbook/crlf/index.html.md');
    expect(crlf).toMatchObject({ pageTitle: 'Paid time off at GitLab', headings: ['Paid time off at GitLab', 'Introduction'] });
    expect(crlf!.text).not.toContain('\r');
    const latin1 = messy.sections.find((s) => s.path === 'handbook/latin1/index.html.md');
    expect(latin1!.pageTitle).toBe('On-Call (r\uFFFDsum\uFFFD)');
  });

  it('skips files over the size limit with a reason', () => {
    writeFileSync(join(scratch, 'dump.md'), `# Dump\n\n${'x'.repeat(MAX_FILE_BYTES)}\n`);
    writeFileSync(join(scratch, 'small.md'), '# Small\n\nText.\n');
    const loaded = loadKnowledge([scratch], config);
    expect(loaded.skipped).toEqual([{ path: 'dump.md', reason: 'larger than 2 MB' }]);
    expect(loaded.sections.map((s) => s.path)).toEqual(['small.md']);
  });

  it('reads several roots into one list with ids counting on', () => {
    const both = loadKnowledge([join(FIXTURE_KNOWLEDGE, 'roles'), MESSY_KNOWLEDGE], config);
    expect(both.files).toBe(1 + messy.files);
    expect(both.sections.map((s) => s.id)).toEqual(both.sections.map((_, i) => i));
    expect(both.sections[0]!.path).toBe('developer.md');
  });

  it('reports progress for every file', () => {
    const calls: [number, number][] = [];
    loadKnowledge([FIXTURE_KNOWLEDGE], config, (done, total) => calls.push([done, total]));
    expect(calls).toEqual(Array.from({ length: 9 }, (_, i) => [i + 1, 9]));
  });
});

describe('sourceFor', () => {
  it('makes a file: source named after the root for files no pattern matches', () => {
    expect(sourceFor('notes/setup.md', scratch, config)).toEqual({
      name: scratch.split('/').pop(),
      match: [],
      site: `${pathToFileURL(scratch).href}/`,
      pageUrls: 'extensionless',
      anchors: 'github',
      roles: false,
      aliases: [],
    });
  });

  it('matches the role page under the seed root by its file name', () => {
    expect(sourceFor('developer.md', '/work/shared/seed', config).name).toBe('Role pages');
  });
});
