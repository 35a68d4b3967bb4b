import { beforeAll, describe, expect, it } from 'vitest';
import { summarizeTopics } from '../../src/answer/summarize-topics.js';
import type { Topics } from '../../src/answer/assistant.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig } from '../knowledge/fixture-paths.js';

const config = loadProjectConfig();
let topics: Topics;

beforeAll(() => {
  topics = summarizeTopics(loadKnowledge([FIXTURE_KNOWLEDGE], config).sections, config);
});

describe('summarizeTopics', () => {
  it('counts pages and sections per source', () => {
    expect(topics.sources).toEqual([
      { name: 'GitLab handbook', pages: 5, sections: 35 },
      { name: 'GitLab job families', pages: 2, sections: 23 },
      { name: 'Role pages', pages: 1, sections: 6 },
      { name: 'Sourcegraph handbook', pages: 1, sections: 5 },
    ]);
  });

  it('lists role and job-family page titles alphabetically', () => {
    expect(topics.roles).toEqual(['Backend Engineering', 'Developer', 'Support Engineer']);
  });

  it('names areas after top-level folders, largest first, linking their shallowest page', () => {
    expect(topics.areas).toEqual([
      { source: 'GitLab handbook', name: 'Engineering', url: 'https://about.gitlab.com/handbook/engineering/workflow/', pages: 2 },
      { source: 'GitLab handbook', name: 'Handbook usage', url: 'https://about.gitlab.com/handbook/handbook-usage/', pages: 1 },
      { source: 'GitLab handbook', name: 'On call', url: 'https://about.gitlab.com/handbook/on-call/', pages: 1 },
      { source: 'GitLab handbook', name: 'Paid time off', url: 'https://about.gitlab.com/handbook/paid-time-off/', pages: 1 },
      { source: 'GitLab job families', name: 'Engineering', url: 'https://about.gitlab.com/job-families/engineering/backend-engineer/', pages: 2 },
      { source: 'Sourcegraph handbook', name: 'Departments', url: 'https://handbook.sourcegraph.com/departments/engineering/dev/process/incidents/on_call', pages: 1 },
    ]);
  });

  it('passes the starter questions of the config through', () => {
    expect(topics.examples).toEqual(config.examples);
  });

  it('summarises empty knowledge as empty lists', () => {
    expect(summarizeTopics([], config)).toEqual({ sources: [], roles: [], areas: [], examples: config.examples });
  });
});
