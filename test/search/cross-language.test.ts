import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { parseQuestion } from '../../src/search/parse-question.js';
import { searchSections } from '../../src/search/search-sections.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms, type SynonymGroups } from '../../src/search/synonyms.js';
import { loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';
import { writeKnowledgeDir } from './write-knowledge-dir.js';

// Trimmed from the corpus: the GitLab values page is in Japanese, the Sourcegraph feedback page in English.
const VALUES_JA = `---
html_lang: "ja"
title: "GitLab バリュー"
---

##### ネガティブ・フィードバックは 1on1で {#negative-feedback-is-1-1}
{:.no_toc}
ネガティブなフィードバックは、できるだけ少人数の場で行ってください。1対1のビデオ通話が望ましいです。

##### 感謝を伝える {#say-thanks}
{:.no_toc}
私たちが[#thanks chat channel](/handbook/communication/internal-communications) でやっているように、助けてくれた人がいたら公の場で伝えましょう。
`;

const FEEDBACK_EN = `# Seeking and giving feedback

## Giving feedback

When giving feedback, it's important to:

- Make sure you understand what kind of feedback is sought. If it's not clear what kind of feedback is sought, clarify before giving feedback.
- Focus on the work, not the individual.
`;

const config = loadProjectConfig();
const synonyms = loadSynonyms(SYNONYMS_PATH);
let knowledge: ReturnType<typeof writeKnowledgeDir>;

function indexWith(groups: SynonymGroups): SectionIndex {
  return buildSectionIndex(loadKnowledge([knowledge.root], config).sections, config, groups);
}

const bestSection = (index: SectionIndex, question: string) => searchSections(index, question).pages[0]?.hits[0]?.section.headings.at(-1);
const JAPANESE = /\p{Script=Katakana}|\p{Script=Han}/u;
/** The project's synonym list without its groups that have a Japanese phrase. */
const englishOnly = () => synonyms.filter((group) => !group.some((phrase) => JAPANESE.test(phrase.tokens.join(''))));

beforeAll(() => {
  knowledge = writeKnowledgeDir({
    'gitlab/handbook/values/index.html.md': VALUES_JA,
    'sourcegraph/company-info-and-process/communication/seeking-and-giving-feedback.md': FEEDBACK_EN,
  });
});

afterAll(() => knowledge.remove());

describe('the English-Japanese groups of the synonym list', () => {
  it('count a Japanese word as a mention of the English concept', () => {
    const feedback = (question: string) => parseQuestion(question, config, synonyms).concepts.find((concept) => concept.term === 'feedback')?.alternatives;
    expect(feedback('any feedback?')).toContainEqual(['フィードバック']);
    // The longest phrase wins: negative feedback is said in Japanese as negative feedback.
    expect(feedback('negative feedback?')).toContainEqual(['ネガティブ', 'フィードバック']);
  });

  it('let an English question find the section of a page written in Japanese', () => {
    const question = 'should negative feedback be given 1:1?';
    expect(bestSection(indexWith(synonyms), question)).toBe('ネガティブ・フィードバックは 1on1で');
    // The English page is all the words alone can reach.
    expect(bestSection(indexWith(englishOnly()), question)).toBe('Giving feedback');
  });

  it('let a Japanese question find an English page', () => {
    const question = 'フィードバックをするときの注意点は？';
    expect(bestSection(indexWith(synonyms), question)).toBe('Giving feedback');
    expect(bestSection(indexWith(englishOnly()), question)).toBe('ネガティブ・フィードバックは 1on1で');
  });
});
