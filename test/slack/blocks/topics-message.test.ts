import { describe, expect, it } from 'vitest';
import { topicsMessage } from '../../../src/slack/blocks/topics-message.js';
import { handbookTopics } from '../../fixtures/slack-blocks/topics.js';
import { findLimitViolations } from './find-limit-violations.js';
import { findUnvettedTokens } from './find-unvetted-tokens.js';

describe('topicsMessage', () => {
  it('lists sources with counts, main areas with links and roles', () => {
    expect(topicsMessage(handbookTopics)).toMatchSnapshot();
  });

  it('orders areas by size and links each', () => {
    const text = JSON.stringify(topicsMessage(handbookTopics));
    expect(text).toContain(
      '*Main areas*\\n• <https://about.gitlab.com/handbook/engineering/|engineering> (GitLab handbook, 310 pages)\\n• <https://handbook.sourcegraph.com/departments/|departments> (Sourcegraph handbook, 255 pages)',
    );
  });

  it('formats counts with separators and singulars', () => {
    const text = JSON.stringify(topicsMessage(handbookTopics));
    expect(text).toContain('*GitLab handbook*: 1,214 pages, 15,873 sections');
    expect(text).toContain('*Role page*: 1 page, 7 sections');
  });

  it('says the knowledge base is empty when there are no sources', () => {
    const message = topicsMessage({ sources: [], roles: [], areas: [], examples: [] });
    expect(message.text).toBe('My knowledge base is empty right now.');
    expect(findLimitViolations(message)).toEqual([]);
  });

  it('shortens 500 roles and 200 areas to fit, saying how many were left out', () => {
    const topics = {
      ...handbookTopics,
      roles: Array.from({ length: 500 }, (_, i) => `Senior Principal Engineer of Area ${i}`),
      areas: Array.from({ length: 200 }, (_, i) => ({ source: 'GitLab handbook', name: `area-${i}`, url: `https://x.com/${i}/`, pages: i })),
    };
    const message = topicsMessage(topics);
    expect(findLimitViolations(message)).toEqual([]);
    expect(JSON.stringify(message)).toMatch(/…and \d+ more/);
    expect(JSON.stringify(message)).toContain('area-199');
    expect(JSON.stringify(message)).not.toContain('area-0)');
  });

  it('escapes names and refuses non-http area links', () => {
    const message = topicsMessage({
      ...handbookTopics,
      sources: [{ name: '<!channel> handbook', pages: 1, sections: 1 }],
      roles: ['<@U1> Engineer'],
      areas: [{ source: 'x', name: 'evil', url: 'javascript:alert(1)', pages: 1 }],
    });
    expect(findUnvettedTokens(message)).toEqual([]);
    expect(JSON.stringify(message)).not.toContain('javascript:');
  });
});
