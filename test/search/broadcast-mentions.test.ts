import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { searchSections } from '../../src/search/search-sections.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';
import { writeKnowledgeDir } from './write-knowledge-dir.js';

// Trimmed from the corpus: GitLab's advice on @here and @channel, and a Sourcegraph section about channels.
const COMMUNICATION = `---
html_lang: "ja"
title: GitLab コミュニケーション
---

## 他の人の時間を尊重する {#be-respectful-of-others-time}

- **Please avoid using @here or @channel unless this is about something urgent and important.** In chat, try to keep the use of keywords that mention the whole channel to a minimum.
  - Use \`@here\` to notify all currently _active_ members in the room. Please only use \`@here\` if the message is important _and_ urgent.
`;

const TEAM_CHAT = `# How we use Slack at Sourcegraph

### Archive old and unused channels

To keep the Sourcegraph Slack workspace up to date, archive channels when they are no longer needed. First, send a final message in the channel notifying its members that you are going to archive the channel, then archive the channel.
`;

let knowledge: ReturnType<typeof writeKnowledgeDir>;
let index: SectionIndex;

beforeAll(() => {
  knowledge = writeKnowledgeDir({
    'gitlab/handbook/communication/index.html.md': COMMUNICATION,
    'sourcegraph/company-info-and-process/communication/team_chat.md': TEAM_CHAT,
  });
  const config = loadProjectConfig();
  index = buildSectionIndex(loadKnowledge([knowledge.root], config).sections, config, loadSynonyms(SYNONYMS_PATH));
});

afterAll(() => knowledge.remove());

describe('a question about a Slack broadcast mention', () => {
  it('finds the section about that mention, not every section about channels', () => {
    const best = searchSections(index, 'is it fine to notify the whole channel with @here?').pages[0]?.hits[0];
    expect(best?.section.headings.at(-1)).toBe('他の人の時間を尊重する');
    expect(best?.matched).toContain('@here');
  });
});
