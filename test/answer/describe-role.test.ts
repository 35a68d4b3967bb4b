import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROLE, describeRole, findRolePart } from '../../src/answer/describe-role.js';
import type { RoleSummary } from '../../src/answer/assistant.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { toPlainText } from '../../src/knowledge/render-inline.js';
import type { Section } from '../../src/knowledge/types.js';
import { parsePage } from '../../src/knowledge/parse-page.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

const config = loadProjectConfig();
let sections: Section[];

beforeAll(() => {
  sections = loadKnowledge([FIXTURE_KNOWLEDGE], config).sections;
});

function found(summary: RoleSummary) {
  if (!summary.found) throw new Error(`role "${summary.query}" not found; known: ${summary.known.join(', ')}`);
  return summary;
}

const KNOWN = ['Backend Engineering', 'Developer', 'Support Engineer'];

/** The sections of a job family page (`job-families/engineering/<folder>/index.html.md`), ids from `firstId`. */
function jobPage(folder: string, title: string, body: string, firstId = 0): Section[] {
  const source = config.sources.find((candidate) => candidate.name === 'GitLab job families')!;
  const { sections: parsed } = parsePage(`job-families/engineering/${folder}/index.html.md`, `---\ntitle: "${title}"\n---\n\n${body}`, source);
  return parsed.map((section, i) => ({ ...section, id: firstId + i }));
}

describe('describeRole', () => {
  it(`describes the ${DEFAULT_ROLE} role by default`, () => {
    const role = found(describeRole(sections, config));
    expect(role).toMatchObject({ title: 'Developer', url: 'https://about.gitlab.com/jobs/developer/', path: 'roles/developer.md', specializations: [] });
    expect(role.parts.map((part) => part.heading)).toEqual(['Responsibilities', 'Requirements', 'Internships', 'Specialization']);
  });

  it('quotes each part with its section URL', () => {
    const role = found(describeRole(sections, config));
    const responsibilities = role.parts[0]!;
    expect(responsibilities.url).toBe('https://about.gitlab.com/jobs/developer/#responsibilities');
    expect(responsibilities.text.split('\n')[0]).toBe('- Develop features from proposal to polished end result.');
    expect(toPlainText(responsibilities.text).length).toBeLessThanOrEqual(502);
  });

  it('finds where a role page without a Specialties heading talks about specializing', () => {
    const part = found(describeRole(sections, config)).parts.find((p) => p.heading === 'Specialization');
    expect(part).toMatchObject({ url: 'https://about.gitlab.com/jobs/developer/' });
    expect(part!.text).toContain('Some developers [specialize](https://about.gitlab.com/jobs/specialist)');
  });

  it('quotes the sentences about specializing in the Specialization part', () => {
    const part = found(describeRole(sections, config)).parts.find((p) => p.heading === 'Specialization');
    expect(part!.text).toContain('Developers can specialize immediately after joining');
  });

  it('lists level headings', () => {
    expect(found(describeRole(sections, config)).levels).toEqual(['Senior Developers']);
  });

  it.each([['backend'], ['Backend Engineer'], ['backend engineers'], ['backend dev']])('matches %j to Backend Engineering', (name) => {
    expect(found(describeRole(sections, config, name)).title).toBe('Backend Engineering');
  });

  it('matches "support engineer" to Support Engineer', () => {
    expect(found(describeRole(sections, config, 'support engineer'))).toMatchObject({
      title: 'Support Engineer',
      url: 'https://about.gitlab.com/job-families/engineering/support-engineer/',
    });
  });

  it('matches "developers" and "senior developer" to Developer', () => {
    expect(found(describeRole(sections, config, 'developers')).title).toBe('Developer');
    expect(found(describeRole(sections, config, 'senior developer')).title).toBe('Developer');
  });

  it('lists specialties and the job-family parts of a job family page', () => {
    const role = found(describeRole(sections, config, 'backend'));
    expect(role.specializations).toEqual(['Distribution:Build', 'Geo']);
    expect(role.parts.map((part) => [part.heading, part.url])).toEqual([
      ['Responsibilities', 'https://about.gitlab.com/job-families/engineering/backend-engineer/#responsibilities'],
      ['Requirements', 'https://about.gitlab.com/job-families/engineering/backend-engineer/#requirements'],
      ['Nice-to-haves', 'https://about.gitlab.com/job-families/engineering/backend-engineer/#nice-to-haves'],
      ['Hiring Process', 'https://about.gitlab.com/job-families/engineering/backend-engineer/#hiring-process'],
    ]);
  });

  it('takes top-level parts, not a specialty\'s own Requirements', () => {
    const requirements = found(describeRole(sections, config, 'backend')).parts.find((part) => part.heading === 'Requirements');
    expect(requirements!.text).toMatch(/^- Significant \[professional experience\]/);
  });

  it('lists every level heading of a job family, including one with only sub-sections', () => {
    expect(found(describeRole(sections, config, 'backend')).levels).toEqual(['Junior Backend Engineer', 'Intermediate Backend Engineer', 'Senior Backend Engineer']);
  });

  it('finds the parts of a job page headed in its own words, at its top level', () => {
    // Headings and lines as the Site Reliability Engineer and Security Engineer job families have them.
    const sre = jobPage(
      'site-reliability-engineer',
      'Site Reliability Engineer',
      '## As an SRE you will:\n\n* Debug production issues across services and levels of the stack.\n\n' +
        '## You may be a fit to this role if you have some of these inclinations:\n\n* Know your way around Linux and the Unix Shell.\n\n' +
        '## Levels\n\n### Senior Site Reliability Engineer\n\n#### Requirements\n\n* Lead projects.\n\n' +
        '## Security Engineer Hiring Process\n\nCandidates can expect a screening call.\n',
    );
    expect(found(describeRole(sre, config, 'site reliability')).parts.map((part) => part.heading)).toEqual([
      'As an SRE you will:',
      'You may be a fit to this role if you have some of these inclinations:',
      'Security Engineer Hiring Process',
    ]);
    const security = jobPage(
      'security-engineer',
      'Security Engineer',
      '## General Requirements for Security Engineer roles\n\n* A degree or equivalent experience.\n\n## Nice-to-have Requirements\n\n* A certification.\n',
    );
    expect(found(describeRole(security, config, 'security')).parts.map((part) => part.heading)).toEqual(['General Requirements for Security Engineer roles', 'Nice-to-have Requirements']);
  });

  it("reads deeper headings only by the plain words, not a level's own requirements", () => {
    const leadership = jobPage('engineering-management', 'Engineering Leadership', '## Levels\n\n### Senior Manager\n\n#### Senior Manager, Development Requirements\n\n* Leads managers.\n');
    expect(found(describeRole(leadership, config, 'engineering leadership')).parts).toEqual([]);
  });

  it('describes, of two pages with the same title, the one with more to say', () => {
    const stub = jobPage('development/management/fellow', 'Engineering Fellow', 'See the Engineering Fellow job family.\n');
    const full = jobPage('fellow', 'Engineering Fellow', '## Responsibilities\n\n* Set the technical direction.\n\n## Hiring Process\n\nA call with the CTO.\n', stub.length);
    expect(found(describeRole([...stub, ...full], config, 'engineering fellow')).path).toBe('job-families/engineering/fellow/index.html.md');
  });

  it('finds a role by what the synonym groups say its name means ("BE": backend engineer)', () => {
    expect(describeRole(sections, config, 'BE')).toMatchObject({ found: false });
    expect(describeRole(sections, config, 'BE', loadSynonyms(SYNONYMS_PATH))).toMatchObject({ found: true, title: 'Backend Engineering' });
  });

  it('lists the known roles when none matches', () => {
    expect(describeRole(sections, config, 'astronaut')).toEqual({ found: false, query: 'astronaut', known: KNOWN });
  });

  it('lists the known roles for a name of stop words only', () => {
    expect(describeRole(sections, config, 'the')).toEqual({ found: false, query: 'the', known: KNOWN });
  });

  it('knows no roles in knowledge without role sources', () => {
    const handbookOnly = sections.filter((s) => s.source === 'GitLab handbook');
    expect(describeRole(handbookOnly, config)).toEqual({ found: false, query: 'developer', known: [] });
  });
});

describe('findRolePart', () => {
  const BACKEND = 'job-families/engineering/backend-engineer/index.html.md';
  const DEVELOPER = 'roles/developer.md';

  it('finds the part asked for of the page given, a role page whose title says every word of the name', () => {
    expect(findRolePart(sections, config, 'backend engineers', 'responsibilities', { path: BACKEND })).toMatchObject({ pageTitle: 'Backend Engineering', headings: ['Backend Engineering', 'Responsibilities'] });
    expect(findRolePart(sections, config, 'developer', 'responsibilities', { path: DEVELOPER })).toMatchObject({ headings: ['Developer', 'Responsibilities'] });
    expect(findRolePart(sections, config, 'backend engineer', 'requirements', { path: BACKEND })).toMatchObject({ headings: ['Backend Engineering', 'Requirements'] });
  });

  it('reads a name the synonym groups spell out', () => {
    expect(findRolePart(sections, config, 'BE', 'requirements', { path: BACKEND })).toBeUndefined();
    expect(findRolePart(sections, config, 'BE', 'requirements', { path: BACKEND, synonyms: loadSynonyms(SYNONYMS_PATH) })).toMatchObject({ headings: ['Backend Engineering', 'Requirements'] });
  });

  it('finds nothing on a page whose title does not say every word, on a page that is not a role page, or for a part the page lacks', () => {
    // describeRole takes "release developer" for Developer (one word of two); a part asked for needs both.
    expect(found(describeRole(sections, config, 'release developer')).title).toBe('Developer');
    expect(findRolePart(sections, config, 'release developer', 'responsibilities', { path: DEVELOPER })).toBeUndefined();
    expect(findRolePart(sections, config, 'backend engineer', 'responsibilities', { path: DEVELOPER })).toBeUndefined();
    expect(findRolePart(sections, config, 'code review', 'responsibilities', { path: 'handbook/engineering/workflow/code-review/index.html.md.erb' })).toBeUndefined();
    expect(findRolePart(sections, config, 'support engineer', 'responsibilities', { path: 'job-families/engineering/support-engineer/index.html.md' })).toBeUndefined();
  });
});
