import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledgeConfig, matchPattern, parseKnowledgeConfig } from '../../src/knowledge/knowledge-config.js';
import { CONFIG_PATH } from './fixture-paths.js';

const source = { name: 'GitLab handbook', match: ['handbook/'], site: 'https://about.gitlab.com/handbook/' };
const scratch = mkdtempSync(join(tmpdir(), 'onboard-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadKnowledgeConfig', () => {
  it('reads the project config', () => {
    const config = loadKnowledgeConfig(CONFIG_PATH);
    expect(config.sources.map((s) => s.name)).toEqual(['Sourcegraph handbook', 'Role pages', 'GitLab job families', 'GitLab handbook']);
    expect(config.sources.find((s) => s.name === 'Sourcegraph handbook')).toMatchObject({ aliases: ['sourcegraph', 'sg'], pageUrls: 'extensionless', anchors: 'github' });
    expect(config.examples).toContain('Can I specialize?');
  });

  it('names the file when it is missing', () => {
    expect(() => loadKnowledgeConfig('/nonexistent/onboard.config.json')).toThrow('Onboard: knowledge config /nonexistent/onboard.config.json: file not found');
  });

  it('names the file when it is not JSON', () => {
    const path = join(scratch, 'broken.json');
    writeFileSync(path, '{ "sources": [ }');
    expect(() => loadKnowledgeConfig(path)).toThrow(new RegExp(`^Onboard: knowledge config ${path}: .*JSON`));
  });
});

describe('parseKnowledgeConfig', () => {
  it('fills defaults: directory URLs, kramdown anchors, no roles, no aliases, no boosts, examples or out-of-reach questions', () => {
    expect(parseKnowledgeConfig({ sources: [source] })).toEqual({
      sources: [{ ...source, pageUrls: 'directory', anchors: 'kramdown', roles: false, aliases: [] }],
      boosts: [],
      depthPrior: 1,
      examples: [],
      outOfReach: [],
    });
  });

  it('compiles out-of-reach patterns as case-insensitive regular expressions', () => {
    const [kind] = parseKnowledgeConfig({ sources: [], outOfReach: [{ asks: 'secrets', patterns: ['\\bpassword\\?$'] }] }).outOfReach;
    expect(kind!.asks).toBe('secrets');
    expect(kind!.patterns[0]!.test("What's the WiFi PASSWORD?")).toBe(true);
  });

  it('adds a missing trailing slash to the site and lower-cases aliases', () => {
    const [parsed] = parseKnowledgeConfig({ sources: [{ ...source, site: 'https://handbook.sourcegraph.com', aliases: ['SG'] }] }).sources;
    expect(parsed).toMatchObject({ site: 'https://handbook.sourcegraph.com/', aliases: ['sg'] });
  });

  it.each([
    [[], 'Onboard: knowledge config <inline>: expected a JSON object'],
    [{}, 'Onboard: knowledge config <inline>: sources must be an array'],
    [{ sources: [{ ...source, name: ' ' }] }, 'Onboard: knowledge config <inline>: sources[0].name must be a non-empty string'],
    [{ sources: [{ ...source, site: 'about.gitlab.com' }] }, 'Onboard: knowledge config <inline>: sources[0].site must be an http(s) URL'],
    [{ sources: [{ ...source, pageUrls: 'flat' }] }, 'Onboard: knowledge config <inline>: sources[0].pageUrls must be "directory" or "extensionless"'],
    [{ sources: [{ ...source, anchors: 'hugo' }] }, 'Onboard: knowledge config <inline>: sources[0].anchors must be "kramdown" or "github"'],
    [{ sources: [{ ...source, match: 'handbook/' }] }, 'Onboard: knowledge config <inline>: sources[0].match must be an array'],
    [{ sources: [], boosts: [{ match: 'roles/', weight: 0 }] }, 'Onboard: knowledge config <inline>: boosts[0].weight must be a positive number'],
    [{ sources: [], depthPrior: 0 }, 'Onboard: knowledge config <inline>: depthPrior must be a number above 0 and at most 1'],
    [{ sources: [], depthPrior: 1.5 }, 'Onboard: knowledge config <inline>: depthPrior must be a number above 0 and at most 1'],
    [{ sources: [], examples: [3] }, 'Onboard: knowledge config <inline>: examples[0] must be a non-empty string'],
    [{ sources: [], outOfReach: [{ asks: 'secrets' }] }, 'Onboard: knowledge config <inline>: outOfReach[0].patterns must be an array'],
    [{ sources: [], outOfReach: [{ patterns: ['x'] }] }, 'Onboard: knowledge config <inline>: outOfReach[0].asks must be a non-empty string'],
    [{ sources: [], outOfReach: [{ asks: 'secrets', patterns: ['(unclosed'] }] }, 'Onboard: knowledge config <inline>: outOfReach[0].patterns[0] is not a regular expression: '],
  ])('rejects %j', (raw, message) => {
    expect(() => parseKnowledgeConfig(raw)).toThrow(message);
  });
});

describe('matchPattern', () => {
  it('matches at the start of the path or after a slash', () => {
    expect(matchPattern('handbook/engineering/workflow/index.html.md', 'handbook/')).toBe(0);
    expect(matchPattern('gitlab/handbook/engineering/workflow/index.html.md', 'handbook/')).toBe(7);
    expect(matchPattern('seed/developer.md', 'developer.md')).toBe(5);
  });

  it('does not match inside a folder name', () => {
    expect(matchPattern('gitlab/job-families/engineering/support-engineer/index.html.md', 'roles/')).toBe(-1);
    expect(matchPattern('gitlab/handbook/engineering/roles-and-duties/index.html.md', 'roles/')).toBe(-1);
    expect(matchPattern('seed/senior-developer.md', 'developer.md')).toBe(-1);
  });
});
