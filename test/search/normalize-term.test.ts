import { describe, expect, it } from 'vitest';
import { normalizeTerm, normalizeTerms } from '../../src/search/normalize-term.js';

describe('normalizeTerm', () => {
  it('stems English words so inflections meet', () => {
    expect(['review', 'reviews', 'reviewing', 'reviewed'].map(normalizeTerm)).toEqual(['review', 'review', 'review', 'review']);
    expect(normalizeTerm('responsibilities')).toBe(normalizeTerm('responsibility'));
    expect(normalizeTerm('specialize')).toBe(normalizeTerm('specialized'));
  });

  it('keeps apart the words Porter would merge with a word of another meaning, inflections still meeting', () => {
    expect(['intern', 'interns'].map(normalizeTerm)).toEqual(['intern', 'intern']);
    expect(['internal', 'internally', 'international'].map(normalizeTerm)).not.toContain('intern');
    expect(normalizeTerm('community')).not.toBe(normalizeTerm('communicate'));
    expect(normalizeTerm('communities')).toBe(normalizeTerm('community'));
    expect(normalizeTerm('communication')).toBe(normalizeTerm('communicate'));
    expect(normalizeTerm('production')).not.toBe(normalizeTerm('product'));
    expect(normalizeTerm('experiments')).not.toBe(normalizeTerm('experience'));
  });

  it('drops stop words and chat filler', () => {
    expect(['what', 'are', 'my', 'the', 'hey', 'pls', 'how', 'do', 'i', 'thanks', 'please', 'btw', 'pretty', 'rn', 'whoever', 'however'].map(normalizeTerm).filter((t) => t !== null)).toEqual([]);
  });

  it('drops "wondering", the chat filler the stop-word list names', () => {
    expect(normalizeTerm('wondering')).toBeNull();
  });

  it('drops one-letter words and absurdly long ones', () => {
    expect(normalizeTerm('x')).toBeNull();
    expect(normalizeTerm('a'.repeat(41))).toBeNull();
  });

  it('keeps numbers up to 12 digits unstemmed', () => {
    expect(normalizeTerm('2022')).toBe('2022');
    expect(normalizeTerm('1234567890123')).toBeNull();
  });

  it('keeps non-Latin words as they are', () => {
    expect(normalizeTerm('ハンドブック')).toBe('ハンドブック');
    expect(normalizeTerm('résumé')).toBe('résumé');
  });

  it('drops Japanese particles', () => {
    expect(normalizeTerm('は')).toBeNull();
    expect(normalizeTerm('ですか')).toBeNull();
  });
});

describe('normalizeTerms', () => {
  it('maps tokens to terms, dropping stop words', () => {
    expect(normalizeTerms(['what', 'are', 'my', 'responsibilities', 'as', 'a', 'developer'])).toEqual(['respons', 'develop']);
  });
});
