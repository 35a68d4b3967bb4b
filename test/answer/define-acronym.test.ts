import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/answer/create-assistant.js';
import { findDefinition } from '../../src/answer/define-acronym.js';
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
    expect(findDefinition(assistant.index, question)?.acronym.longForm).toBe('engineer on call');
  });

  it('leaves to the search a question about the thing rather than the letters', () => {
    expect(findDefinition(assistant.index, 'what is the SLO?')).toBeUndefined();
    expect(findDefinition(assistant.index, 'what does the SLO say about reviews?')).toBeUndefined();
  });

  it('leaves to the search an acronym the knowledge does not spell out', () => {
    expect(findDefinition(assistant.index, 'what does XYZ stand for?')).toBeUndefined();
  });
});
