import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../../src/slack/text/is-question.js';

describe('isQuestion', () => {
  it.each([
    'How do I get my merge request reviewed',
    'where is the on-call runbook',
    'Which channel do I ask about laptops in',
    'Can someone explain the release process',
    'Does the handbook say anything about travel?',
    "What's the process for expenses",
    'Our deploy failed, anyone knows why?',
    'Is there a guide for setting up the GDK',
    'anyone know who owns the billing service',
    'The onboarding issue template is where exactly?',
  ])('counts "%s" as a question', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each([
    'Deploying the new version now',
    'Thanks, that helped a lot!',
    'how?',
    'why not',
    'ok?',
    '<https://handbook.example.com/engineering/|engineering handbook>?',
    '<https://handbook.example.com/a> <https://handbook.example.com/b>',
    '<@U123ABC> <#C123ABC|general>?',
    'Lunch is in the kitchen today',
  ])('does not count "%s"', (text) => {
    expect(isQuestion(text)).toBe(false);
  });

  it('looks past a leading mention', () => {
    expect(isQuestion('<@U123ABC> how do I request access to production')).toBe(true);
  });
});
