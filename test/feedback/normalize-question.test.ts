import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../src/feedback/normalize-question.js';

describe('normalizeQuestion', () => {
  it('lowercases and collapses spaces, tabs and newlines', () => {
    expect(normalizeQuestion('  How do I\tget\n\nVPN   access? ')).toBe('how do i get vpn access?');
  });

  it('folds full-width characters to their usual form', () => {
    expect(normalizeQuestion('ＶＰＮ\u3000の申請方法は？')).toBe('vpn の申請方法は?');
  });

  it('keeps punctuation, which can change the question', () => {
    expect(normalizeQuestion('C# or C++?')).toBe('c# or c++?');
  });
});
