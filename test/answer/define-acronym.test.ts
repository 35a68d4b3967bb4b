import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/answer/create-assistant.js';
import { notSpelledOutMessage } from '../../src/answer/answer-question.js';
import { acronymAskedAbout, findDefinition } from '../../src/answer/define-acronym.js';
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
