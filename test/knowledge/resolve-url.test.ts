import { describe, expect, it } from 'vitest';
import { pageUrl, pathUnderSource, resolveLink, sectionUrl } from '../../src/knowledge/resolve-url.js';
import { projectSource } from './fixture-paths.js';

const handbook = projectSource('GitLab handbook');
const roles = projectSource('Role pages');
const sourcegraph = projectSource('Sourcegraph handbook');

const WORKFLOW = 'handbook/engineering/workflow/index.html.md';
const WORKFLOW_URL = 'https://about.gitlab.com/handbook/engineering/workflow/';
const ON_CALL = 'sourcegraph/departments/engineering/dev/process/incidents/on_call.md';
const ON_CALL_URL = 'https://handbook.sourcegraph.com/departments/engineering/dev/process/incidents/on_call';

describe('pathUnderSource', () => {
  it('strips a folder pattern wherever it starts in the path', () => {
    expect(pathUnderSource(WORKFLOW, handbook)).toBe('engineering/workflow/index.html.md');
    expect(pathUnderSource(`gitlab/${WORKFLOW}`, handbook)).toBe('engineering/workflow/index.html.md');
  });

  it('keeps the file name of a file pattern', () => {
    expect(pathUnderSource('seed/developer.md', roles)).toBe('developer.md');
  });
});

describe('pageUrl', () => {
  it('maps GitLab index pages to their directory URL', () => {
    expect(pageUrl(WORKFLOW, handbook)).toBe(WORKFLOW_URL);
    expect(pageUrl('handbook/engineering/workflow/code-review/index.html.md.erb', handbook)).toBe(`${WORKFLOW_URL}code-review/`);
    expect(pageUrl('handbook/index.html.md', handbook)).toBe('https://about.gitlab.com/handbook/');
  });

  it('maps non-index GitLab pages to a directory URL too', () => {
    expect(pageUrl('handbook/engineering/workflow/related-workflows.html.md.erb', handbook)).toBe(`${WORKFLOW_URL}related-workflows/`);
    expect(pageUrl('roles/developer.md', roles)).toBe('https://about.gitlab.com/jobs/developer/');
  });

  it('maps Sourcegraph pages to extensionless URLs', () => {
    expect(pageUrl(ON_CALL, sourcegraph)).toBe(ON_CALL_URL);
    expect(pageUrl('sourcegraph/departments/engineering/index.md', sourcegraph)).toBe('https://handbook.sourcegraph.com/departments/engineering');
  });

  it('lets front matter canonical_path win over the file path', () => {
    // handbook/ceo/chief-of-staff-team/readmes/dmurph lives at a marketing URL.
    expect(pageUrl('handbook/ceo/chief-of-staff-team/readmes/dmurph/index.html.md', handbook, '/handbook/marketing/readmes/dmurph/')).toBe(
      'https://about.gitlab.com/handbook/marketing/readmes/dmurph/',
    );
  });
});

describe('sectionUrl', () => {
  it('appends the anchor, replacing any the page URL had', () => {
    expect(sectionUrl(WORKFLOW_URL, 'code-review')).toBe(`${WORKFLOW_URL}#code-review`);
    expect(sectionUrl(`${WORKFLOW_URL}#old`, 'basics')).toBe(`${WORKFLOW_URL}#basics`);
  });

  it('returns the page URL for the opening text', () => {
    expect(sectionUrl(WORKFLOW_URL, '')).toBe(WORKFLOW_URL);
  });
});

describe('resolveLink', () => {
  const onWorkflow = (href: string) => resolveLink(href, WORKFLOW, handbook, WORKFLOW_URL);
  const onCall = (href: string) => resolveLink(href, ON_CALL, sourcegraph, ON_CALL_URL);

  it('makes site-absolute links absolute on the same site', () => {
    expect(onWorkflow('/handbook/values/#short-toes')).toBe('https://about.gitlab.com/handbook/values/#short-toes');
    expect(onWorkflow('/job-families/engineering/backend-engineer/#responsibilities')).toBe(
      'https://about.gitlab.com/job-families/engineering/backend-engineer/#responsibilities',
    );
  });

  it('resolves an in-page anchor against the page URL', () => {
    expect(onWorkflow('#broken-master')).toBe(`${WORKFLOW_URL}#broken-master`);
  });

  it('resolves a relative link against the file location', () => {
    // handbook/on-call: `[the emergency SLA](../../support/#priority-support)` from handbook/on-call/index.html.md
    expect(resolveLink('../support/#priority-support', 'handbook/on-call/index.html.md', handbook, 'https://about.gitlab.com/handbook/on-call/')).toBe(
      'https://about.gitlab.com/handbook/support/#priority-support',
    );
  });

  it('turns Sourcegraph ../x/index.md#y links into page URLs with the anchor', () => {
    expect(onCall('../deployments/index.md#how-to-set-up-access-to-kubernetes')).toBe(
      'https://handbook.sourcegraph.com/departments/engineering/dev/process/deployments#how-to-set-up-access-to-kubernetes',
    );
    expect(onCall('../../../../../company-info-and-process/communication/team_chat.md#engineering')).toBe(
      'https://handbook.sourcegraph.com/company-info-and-process/communication/team_chat#engineering',
    );
  });

  it('turns links to GitLab markdown files into page URLs', () => {
    expect(onWorkflow('/handbook/engineering/development/processes/Infra-Dev-Escalation/process.html.md')).toBe(
      'https://about.gitlab.com/handbook/engineering/development/processes/Infra-Dev-Escalation/process/',
    );
  });

  it('leaves other sites and schemes alone', () => {
    expect(onWorkflow('https://docs.gitlab.com/ee/topics/gitlab_flow.html')).toBe('https://docs.gitlab.com/ee/topics/gitlab_flow.html');
    expect(onWorkflow('mailto:leaves@gitlab.com')).toBe('mailto:leaves@gitlab.com');
  });

  it('keeps non-page files on the site as they are', () => {
    expect(onWorkflow('/handbook/paid-time-off/pto_ninja_OOO.png')).toBe('https://about.gitlab.com/handbook/paid-time-off/pto_ninja_OOO.png');
  });

  it('falls back to the page URL for an empty or unparsable target', () => {
    expect(onWorkflow('')).toBe(WORKFLOW_URL);
    expect(onWorkflow('<>')).toBe(WORKFLOW_URL);
    expect(onWorkflow('http://[::1')).toBe('http://[::1');
  });
});
