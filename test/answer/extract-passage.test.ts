import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/knowledge/render-inline.js';
import { extractPassage, PASSAGE_CHARS, WHOLE_SECTION_CHARS } from '../../src/answer/extract-passage.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Section } from '../../src/knowledge/types.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig } from '../knowledge/fixture-paths.js';
import { PR_SIZE_SECTION as PR_SIZE } from '../fixtures/pull-request-size.js';

/** Scores a unit by how many of `words` (index terms) it mentions. */
const mentioning = (...words: string[]) => (terms: ReadonlySet<string>) => words.filter((word) => terms.has(word)).length;
const nothing = () => 0;

// code-review, "How to become a project maintainer" (trimmed).
const MAINTAINER = [
  'Before opening the merge request, the author should:',
  "1. Review justifications for several of the reviewer's recent merge requests.",
  '2. Reach out to at least two of the maintainers privately for feedback on the reviewer.',
  'Before merging, the manager/mentor should:',
  '1. Mention the maintainers from the given specialty and ask them to provide feedback to the manager/mentor directly.',
  '2. Leave the merge request open for 1 week, to give the maintainers time to provide feedback to the manager/mentor.',
  '3. Have at least 2 approvals from existing maintainers.',
].join('\n');

// roles/developer.md opening text.
const OPENING = [
  'At GitLab, developers are highly independent and self-organized individual contributors who work together as a tight team in a [remote and agile](https://about.gitlab.com/2015/09/14/remote-agile-at-gitlab/) way.',
  'Most backend developers work on all aspects of GitLab, building features, fixing bugs, and generally improving the application. Some developers [specialize](https://about.gitlab.com/jobs/specialist) and focus on a specific area, such as packaging, performance or GitLab CI. Developers can specialize immediately after joining, or after some time, when they have gained familiarity with many areas of GitLab and find one they would like to focus on.',
].join('\n');

// feature-flag-lifecycle, "When to use feature flags" (trimmed).
const FEATURE_FLAGS = [
  "The deployment of features behind feature flags is required for changes that could affect GitLab's availability of existing functionalities. If your changes only affect the new feature you're creating, use your judgment to determine if you need one or not. Such changes include:",
  '1. New features in high traffic areas (e.g., a new merge request widget, a new option in issues/epics, a new CI functionality).',
  '2. Complex performance improvements that may require additional testing in production (e.g., rewriting complex queries, changes to frequently used API endpoints).',
  '3. Invasive changes to the user interface (e.g., introducing a new navigation bar, removal of a sidebar, UI element change in issues or MR interface).',
  'Situations where you might consider not using a feature flag:',
  '1. Adding a new API endpoint.',
  '2. Introducing new features in low traffic areas (e.g., adding new export functionality in the admin area, group settings area, or project settings area).',
].join('\n');

/** Every line of a quote, its ellipses taken off, must be found verbatim in the source text. */
function unquotedLines(passage: string): string[] {
  return passage.split('\n').map((line) => line.replace(/^…/, '').replace(/ …$/, '').replace(/…$/, ''));
}

describe('extractPassage', () => {
  it('returns a section that fits whole', () => {
    expect(extractPassage(MAINTAINER, nothing)).toBe(MAINTAINER);
  });

  it('anchors on the most relevant list item and brings its lead-in line', () => {
    expect(extractPassage(MAINTAINER, mentioning('week'), { maxChars: 300 })).toBe(
      [
        'Before merging, the manager/mentor should:',
        '1. Mention the maintainers from the given specialty and ask them to provide feedback to the manager/mentor directly.',
        '2. Leave the merge request open for 1 week, to give the maintainers time to provide feedback to the manager/mentor.',
      ].join('\n'),
    );
  });

  it('keeps list items on their own lines with their markers', () => {
    const passage = extractPassage(MAINTAINER, mentioning('justif'), { maxChars: 200 });
    expect(passage).toBe(
      [
        'Before opening the merge request, the author should:',
        "1. Review justifications for several of the reviewer's recent merge requests.",
      ].join('\n'),
    );
  });

  it('anchors on the earliest of equally relevant sentences and fills the room with its neighbours', () => {
    expect(extractPassage(OPENING, mentioning('special'), { maxChars: 300 })).toBe(
      '…Some developers [specialize](https://about.gitlab.com/jobs/specialist) and focus on a specific area, such as packaging, performance or GitLab CI. Developers can specialize immediately after joining, or after some time, when they have gained familiarity with many areas of GitLab and find one they would like to focus on.',
    );
  });

  it('anchors on a later sentence when it mentions clearly more', () => {
    expect(extractPassage(OPENING, mentioning('special', 'immedi'), { maxChars: 200 })).toBe(
      '…Developers can specialize immediately after joining, or after some time, when they have gained familiarity with many areas of GitLab and find one they would like to focus on.',
    );
  });

  it('quotes the run of sentences that mentions most of the question, not the first sentence mentioning one word of it', () => {
    // reviewer-values, "Nitpicks" (trimmed): the answer is two sentences after the definition.
    const nitpicks = [
      'Nitpicks are requests for minor changes that address personal preferences or negligible code improvements.',
      'Nitpicks are born from a wonderful place for most reviewers of wanting to ensure they provide the most end-to-end review possible and highlight every single potential issue. But they come at a cost:',
      '- They create needless MR cycles (explicitly or implicitly).',
      '- They create cognitive load.',
      'Nitpicks can create a lot of noise in a code review. They can, at best, bog down a review, or at worst, create a toxic experience for the author.',
      'If you, as a reviewer, notice that all you have pointed out are nitpicks, consider approving (and merging) without adding an additional review cycle. You can leave feedback but don\'t need to block the merge request from being merged.',
    ].join('\n');
    const passage = extractPassage(nitpicks, mentioning('nitpick', 'block', 'review'), { maxChars: 250 });
    expect(passage).toBe(
      "If you, as a reviewer, notice that all you have pointed out are nitpicks, consider approving (and merging) without adding an additional review cycle. You can leave feedback but don't need to block the merge request from being merged.",
    );
  });

  it("quotes from the section's start when it bears on the question, though a later sentence says more", () => {
    // engineering/workflow, "Choosing Something to Work On".
    const choosing = [
      'Start working on things with the highest priority in the current milestone. The priority of items are defined under labels in the repository, but you are able to sort by priority.',
      'After sorting by priority, choose something that you’re able to tackle and falls under your responsibility. That means that if you’re a frontend developer, you work on something with the label `frontend`.',
      'To filter very precisely, you could filter all issues for:',
      '- Milestone: Started',
      '- Assignee: None (issue is unassigned)',
    ].join('\n');
    // "choose" is the rarer, weightier word of the question.
    const weighted = (terms: ReadonlySet<string>) => (terms.has('work') ? 1 : 0) + (terms.has('choos') ? 3 : 0);
    expect(extractPassage(choosing, weighted, { maxChars: 300 })).toMatch(/^Start working on things with the highest priority/);
  });

  it('quotes a later sentence that says the whole question over an opening that says part of it', () => {
    const sickTime = [
      "Whenever allowed by law, the sick time policy supplements a team member's pay for up to 25 working days of continuous absence, and runs alongside any statutory sick leave they are eligible for.",
      'Team members in the United States are also covered by short-term disability, described on the benefits page for their entity.',
      'Please report when you take sick time in the time off tool, so that your manager knows you are out.',
    ].join('\n');
    // "sick" is the rarer, weightier word of "out sick, how do I report it?".
    const weighted = (terms: ReadonlySet<string>) => (terms.has('sick') ? 1 : 0) + (terms.has('report') ? 0.5 : 0);
    expect(extractPassage(sickTime, weighted, { maxChars: 250 })).toBe('Please report when you take sick time in the time off tool, so that your manager knows you are out.');
  });

  it('marks a paragraph cut on either side with an ellipsis', () => {
    const passage = extractPassage(OPENING, mentioning('packag'), { maxChars: 200 });
    expect(passage).toBe('…Some developers [specialize](https://about.gitlab.com/jobs/specialist) and focus on a specific area, such as packaging, performance or GitLab CI. …');
  });

  it('cuts a single over-long sentence at a word and says so', () => {
    const sentence = 'word '.repeat(200).trim();
    const passage = extractPassage(sentence, nothing, { maxChars: 100 });
    expect(passage).toMatch(/^(word ){18}word…$/);
  });

  it('starts at the top when nothing is relevant', () => {
    expect(extractPassage(MAINTAINER, nothing, { maxChars: 120 })).toBe('Before opening the merge request, the author should:');
  });

  it(`stays within about ${PASSAGE_CHARS} characters by default`, () => {
    const long = Array.from({ length: 40 }, (_, i) => `- Item ${i} about reviews and maintainers.`).join('\n');
    expect(toPlainText(extractPassage(long, mentioning('review'))).length).toBeLessThanOrEqual(PASSAGE_CHARS + 2);
  });

  it(`quotes a section up to wholeUpTo whole, rather than cutting it to maxChars`, () => {
    // 766 characters: over the default quote, under WHOLE_SECTION_CHARS.
    expect(toPlainText(FEATURE_FLAGS).length).toBeGreaterThan(PASSAGE_CHARS);
    expect(toPlainText(FEATURE_FLAGS).length).toBeLessThan(WHOLE_SECTION_CHARS);
    expect(extractPassage(FEATURE_FLAGS, mentioning('api'), { wholeUpTo: WHOLE_SECTION_CHARS })).toBe(FEATURE_FLAGS);
    expect(extractPassage(FEATURE_FLAGS, mentioning('api'), { wholeUpTo: 700 })).not.toBe(FEATURE_FLAGS);
    expect(extractPassage(FEATURE_FLAGS, mentioning('api'))).not.toBe(FEATURE_FLAGS);
  });

  it('weighs a sentence stating an amount more by amountWeight, for a question asking for one ("how big should a PR be?")', () => {
    const sized = extractPassage(PR_SIZE, mentioning('pr'), { amountWeight: 1 });
    expect(sized).toContain('Divide PRs longer than 400 lines');
    expect(extractPassage(PR_SIZE, mentioning('pr'))).not.toContain('400 lines');
  });

  it("does not read a list item's own number as an amount", () => {
    // Read as amounts, the numbers 1 and 2 would carry the quote to the list, away from the opening.
    const numbered = ['Ask in the channel first.', 'Most questions get an answer there within the day from someone on the team.', 'Steps:', '1. Post in the channel.', '- 2. Tag the channel owner.'].join('\n');
    const quote = extractPassage(numbered, mentioning('channel'), { maxChars: 40, amountWeight: 5 });
    expect(quote).toBe(extractPassage(numbered, mentioning('channel'), { maxChars: 40 }));
    expect(quote).toMatch(/^Ask in the channel first\./);
  });

  it('counts the characters a reader sees: a link takes the room of its text, not its address', () => {
    const linked = Array.from({ length: 6 }, (_, i) => `- [Runbook ${i}](https://gitlab.com/gitlab-com/runbooks/-/blob/master/docs/${'very-long-path/'.repeat(4)}${i}.md)`).join('\n');
    expect(extractPassage(linked, mentioning('runbook'), { maxChars: 300 }).split('\n')).toHaveLength(6);
  });

  it('scores only the terms of the vocabulary it is given, and quotes the same', () => {
    const vocabulary = new Set(['week', 'maintain']);
    const seen: string[] = [];
    const recording = (terms: ReadonlySet<string>) => {
      seen.push(...terms);
      return mentioning('week', 'maintain')(terms);
    };
    const passage = extractPassage(MAINTAINER, recording, { maxChars: 300, vocabulary });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((term) => vocabulary.has(term))).toBe(true);
    expect(passage).toBe(extractPassage(MAINTAINER, mentioning('week', 'maintain'), { maxChars: 300 }));
  });

  describe('with room for a second run', () => {
    it("quotes a second run apart from the first where it comes close, in the section's order, an ellipsis between", () => {
      expect(extractPassage(FEATURE_FLAGS, mentioning('flag'), { maxChars: 400, secondRunChars: 200 })).toBe(
        [
          "The deployment of features behind feature flags is required for changes that could affect GitLab's availability of existing functionalities. If your changes only affect the new feature you're creating, use your judgment to determine if you need one or not. Such changes include:",
          '…',
          'Situations where you might consider not using a feature flag:',
          '1. Adding a new API endpoint.',
        ].join('\n'),
      );
    });

    it('marks the gap once where a run is cut inside its paragraph', () => {
      const passage = extractPassage(FEATURE_FLAGS, mentioning('new', 'api', 'endpoint', 'featur', 'flag'), { maxChars: 400, secondRunChars: 200 });
      expect(passage.split('\n')).toEqual([
        "The deployment of features behind feature flags is required for changes that could affect GitLab's availability of existing functionalities. …",
        'Situations where you might consider not using a feature flag:',
        '1. Adding a new API endpoint.',
        '2. Introducing new features in low traffic areas (e.g., adding new export functionality in the admin area, group settings area, or project settings area).',
      ]);
    });

    it('quotes one run where no other comes close', () => {
      expect(extractPassage(MAINTAINER, mentioning('week'), { maxChars: 300, secondRunChars: 200 })).toBe(extractPassage(MAINTAINER, mentioning('week'), { maxChars: 300 }));
    });

    it('quotes one run without it', () => {
      expect(extractPassage(FEATURE_FLAGS, mentioning('flag'), { maxChars: 400 })).not.toContain('Adding a new API endpoint');
    });
  });

  it('returns nothing for text of blank lines', () => {
    expect(extractPassage('\n'.repeat(700), nothing)).toBe('');
  });

  describe('on the fixture knowledge', () => {
    let english: Section[];
    let japanese: Section[];

    beforeAll(() => {
      const { sections } = loadKnowledge([FIXTURE_KNOWLEDGE], loadProjectConfig());
      english = sections.filter((s) => s.lang === 'en' && s.text.length > 300);
      japanese = sections.filter((s) => s.lang === 'ja' && s.text.length > 300);
    });

    it('never invents text: every quoted line is in the section, whatever is relevant', () => {
      fc.assert(
        fc.property(
          fc.nat(),
          fc.array(fc.string({ minLength: 2, maxLength: 8 }), { maxLength: 4 }),
          fc.integer({ min: 80, max: 900 }),
          (pick, extra, maxChars) => {
            const section = english[pick % english.length]!;
            const words = [...new Set(section.text.toLowerCase().match(/[a-z]{4,}/g) ?? [])];
            const relevant = [words[pick % Math.max(1, words.length)] ?? '', ...extra].map((word) => word.slice(0, 6));
            const passage = extractPassage(section.text, (terms) => [...terms].filter((term) => relevant.some((r) => term.startsWith(r))).length, { maxChars });
            for (const line of unquotedLines(passage)) expect(section.text).toContain(line);
          },
        ),
        { numRuns: 150 },
      );
    });

    it('never invents text in Japanese either', () => {
      expect(japanese.length).toBeGreaterThan(0);
      for (const section of japanese) {
        const passage = extractPassage(section.text, (terms) => (terms.has('ハンドブック') ? 1 : 0), { maxChars: 250 });
        for (const line of unquotedLines(passage)) expect(section.text).toContain(line);
      }
    });
  });
});
