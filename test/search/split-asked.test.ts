import { describe, expect, it } from 'vitest';
import { splitAsked } from '../../src/search/split-asked.js';

describe('splitAsked', () => {
  it('takes the last sentence with a question mark as what is asked, the situation before it as the lead', () => {
    const message = "hey, i'm shadowing my first incident today and people keep throwing around acronyms. i figured out IM and EOC but what does the CMOC person actually do?";
    expect(splitAsked(message)).toEqual({
      asked: 'i figured out IM and EOC but what does the CMOC person actually do?',
      lead: "hey, i'm shadowing my first incident today and people keep throwing around acronyms.",
    });
  });

  it('joins the sentences before it until it says three content words: "what do i do now??" asks about them', () => {
    expect(splitAsked('i pushed a security fix to the public repo. my EM is offline. what do i do now??')).toEqual({
      asked: 'my EM is offline. what do i do now??',
      lead: 'i pushed a security fix to the public repo.',
    });
  });

  it('leaves what follows the question to the lead, and takes the last sentence where none asks', () => {
    expect(splitAsked('who approves sg PTO requests? thanks!')).toEqual({ asked: 'who approves sg PTO requests?', lead: 'thanks!' });
    expect(splitAsked('I just joined the plan team. Looking for the onboarding issue template.')).toEqual({
      asked: 'Looking for the onboarding issue template.',
      lead: 'I just joined the plan team.',
    });
  });

  it('splits at line breaks and CJK punctuation too', () => {
    expect(splitAsked('context line about my laptop\nwhere do I request a new laptop?')).toEqual({ asked: 'where do I request a new laptop?', lead: 'context line about my laptop' });
    expect(splitAsked('来週から休暇を取ります。有給休暇の申請はどうすればいいですか？').asked).toBe('有給休暇の申請はどうすればいいですか？');
  });

  it('keeps a question of one sentence, or one that is all asking, whole', () => {
    for (const question of ['how do I take PTO?', 'what is a broken master? Is it bad?', 'MR?', '']) {
      expect(splitAsked(question)).toEqual({ asked: question, lead: '' });
    }
  });
});
