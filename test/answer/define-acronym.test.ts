import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/answer/create-assistant.js';
import { notSpelledOutMessage } from '../../src/answer/answer-question.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { acronymAlone, acronymAskedAbout, findDefinition } from '../../src/answer/define-acronym.js';
import type { SectionIndex } from '../../src/search/section-index.js';
import { indexPagesForTests } from '../search/write-knowledge-dir.js';
import { CONFIG_PATH, FIXTURE_KNOWLEDGE } from '../knowledge/fixture-paths.js';

let assistant: LoadedAssistant;

beforeAll(async () => {
  assistant = await createAssistant({ roots: [FIXTURE_KNOWLEDGE], configPath: CONFIG_PATH, cachePath: false });
});

const CODE_REVIEW = 'handbook/engineering/workflow/code-review/index.html.md.erb';

describe('answering what an acronym stands for', () => {
  it('quotes the sentence that spells it out and links to its section first', () => {
    // The code review page says "we maintain a `Review-response` Service-level Objective (SLO)".
    const answer = assistant.answer('what does SLO stand for?');
    expect(answer.confidence).toBe('high');
    expect(answer.answer).toContain('Service-level Objective (SLO)');
    expect(answer.sources[0]).toMatchObject({ path: CODE_REVIEW, section: 'Review turnaround time › Review-response SLO' });
  });

  it.each(["what's EOC short for", 'EOC stands for?', 'what does "eoc" mean', 'what do EOCs stand for?'])('reads "%s" as asking what EOC stands for', (question) => {
    const asked = acronymAskedAbout(question)!;
    expect(findDefinition(assistant.index, asked, question)?.acronym.longForm).toBe('engineer on call');
  });

  it('leaves to the search a question about the thing rather than the letters', () => {
    expect(acronymAskedAbout('what is the SLO?')).toBeUndefined();
    expect(acronymAskedAbout('what does the SLO say about reviews?')).toBeUndefined();
  });

  it('says the handbook does not spell out an acronym that neither it nor the synonyms file defines, and lists the closest pages', () => {
    expect(findDefinition(assistant.index, 'XYZ', 'what does XYZ stand for?')).toBeUndefined();
    const answer = assistant.answer('what does XYZ stand for?');
    expect(answer).toMatchObject({ confidence: 'none', answer: `${notSpelledOutMessage('XYZ')} The closest pages I found are below.` });
  });

  it('searches as usual for an acronym only the synonyms file defines', () => {
    // synonyms.json: ["gdk", "gitlab development kit"]; the fixture pages never write "(GDK)".
    expect(findDefinition(assistant.index, 'GDK', 'what does GDK stand for?')).toBeUndefined();
    expect(assistant.answer('what does GDK stand for?').confidence).not.toBe('none');
  });
});

describe('an acronym typed alone, as in chat ("MR?")', () => {
  it('is answered with its definition, as asking what it stands for is', () => {
    const answer = assistant.answer('SLO?');
    expect(answer.confidence).toBe('high');
    expect(answer.answer).toContain('Service-level Objective (SLO)');
    expect(answer.sources[0]).toMatchObject({ path: CODE_REVIEW, section: 'Review turnaround time › Review-response SLO' });
  });

  it.each(['MR?', 'GDK', ' "SSoT"?? ', 'RFCs?'])('reads "%s" as an acronym alone', (question) => {
    expect(acronymAlone(question)).toBe(question.replace(/[\s"?]/g, ''));
  });

  it.each(['hi?', 'focus?', 'mr?', 'Onboarding?', 'MR process?', 'what is an MR?'])('leaves "%s" to the search', (question) => {
    expect(acronymAlone(question)).toBeUndefined();
  });

  it('is searched like any question where the knowledge does not spell it out, not declined as an unknown acronym', () => {
    const answer = assistant.answer('XYZ?');
    expect(answer.answer).not.toContain(notSpelledOutMessage('XYZ'));
  });
});

// Trimmed from the corpus: Sourcegraph's RFC page, whose title spells the acronym out and whose opening
// says what one is; its communication page, which lists RFCs among the scratchpads; a values section
// whose heading spells out SSoT (which
// a line of the RFC page's teaches the index).
const RFCS = `# Requests for comments (RFCs)

RFCs give us a way to write down ideas and plans so we can communicate, collect thoughtful feedback from others on the team, and make decisions.

An “RFC” literally means a “Request for Comments.” Though RFCs at Sourcegraph can take many forms for different purposes, an RFC is ultimately just a document with a few attributes:

- The author’s name(s)
- A status label

## When to use an RFC

- You want to frame a problem and propose a solution.
- You want to change a process: link its single source of truth (SSoT).
`;

const COMMUNICATION = `# Communication

### Scratchpads and ephemeral information (non-sources of truth)

The following places are not sources of truth:

- [Slack](team_chat.md)
- [Requests for comments (RFCs)](rfcs/index.md)
- Email
`;

const VALUES = `# Values

## Single Source of Truth (SSoT)

Information lives in one place, and everywhere else links to it. Teams may pick different mediums for it, but they say which one it is.
`;

describe('a page or section whose heading spells an acronym out', () => {
  let index: SectionIndex;
  indexPagesForTests(
    { 'sourcegraph/communication/rfcs/index.md': RFCS, 'sourcegraph/communication/index.md': COMMUNICATION, 'gitlab/handbook/values/index.md': VALUES },
    (built) => (index = built),
  );

  it('defines it in its opening, which is quoted before a page that only lists the long form', () => {
    const answer = answerQuestion(index, 'RFC?');
    expect(answer.sources[0]).toMatchObject({ path: 'sourcegraph/communication/rfcs/index.md', section: '' });
    expect(answer.answer).toContain('an RFC is ultimately just a document');
  });

  it('defines it in the section under that heading', () => {
    const answer = answerQuestion(index, 'what does SSoT stand for?');
    expect(answer.sources[0]).toMatchObject({ path: 'gitlab/handbook/values/index.md', section: 'Single Source of Truth (SSoT)' });
    expect(answer.confidence).toBe('high');
  });
});
