import { describe, expect, it } from 'vitest';
import { splitAsked } from '../../src/search/split-asked.js';

describe('splitAsked', () => {
  it('takes the last sentence with a question mark as what is asked, leaving the situation before it', () => {
    const message = "hey, i'm shadowing my first incident today and people keep throwing around acronyms. i figured out IM and EOC but what does the CMOC person actually do?";
    expect(splitAsked(message)).toBe('i figured out IM and EOC but what does the CMOC person actually do?');
  });

  it('joins the sentences before it until it says three content words: "what do i do now??" asks about them', () => {
    expect(splitAsked('i pushed a security fix to the public repo. my EM is offline. what do i do now??')).toBe('my EM is offline. what do i do now??');
  });

  it('leaves out what follows the question, and takes the last sentence where none asks', () => {
    expect(splitAsked('who approves sg PTO requests? thanks!')).toBe('who approves sg PTO requests?');
    expect(splitAsked('I just joined the plan team. Looking for the onboarding issue template.')).toBe('Looking for the onboarding issue template.');
  });

  it('splits at line breaks and CJK punctuation too', () => {
    expect(splitAsked('context line about my laptop\nwhere do I request a new laptop?')).toBe('where do I request a new laptop?');
    expect(splitAsked('来週から休暇を取ります。有給休暇の申請はどうすればいいですか？')).toBe('有給休暇の申請はどうすればいいですか？');
  });

  it('has no part to take from a question of one sentence, or one that is all asking', () => {
    for (const question of ['how do I take PTO?', 'what is a broken master? Is it bad?', 'MR?', '']) {
      expect(splitAsked(question)).toBeUndefined();
    }
  });
});
