import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLanguage } from '../../src/knowledge/detect-language.js';

describe('detectLanguage', () => {
  it('detects English', () => {
    expect(detectLanguage('This document explains the workflow for anyone working with issues in GitLab Inc.')).toBe('en');
  });

  it('detects Japanese with some English mixed in', () => {
    // handbook/handbook-usage, "なぜハンドブックからはじめるのか？"
    expect(detectLanguage('**「ハンドブックファースト」**で、情報が散らばらないようにしてください。 Beyond being "handbook first," we are also "public handbook first."')).toBe('ja');
  });

  it('tells Chinese (Han without kana) and Korean apart', () => {
    expect(detectLanguage('极狐是一家中国公司，负责在中国销售和支持')).toBe('zh');
    expect(detectLanguage('깃랩은 완전 원격으로 일하는 회사입니다')).toBe('ko');
  });

  it('calls accented Latin text and empty text English', () => {
    expect(detectLanguage('Résumé of the café policy')).toBe('en');
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('1234 — 5678')).toBe('en');
  });

  it('reads several texts as the same texts joined by line breaks, sample limit included', () => {
    // The first 4,000 characters decide: English first, then a long Japanese text past the sample.
    expect(detectLanguage('a'.repeat(3_999), 'ハンドブック'.repeat(1_000))).toBe('en');
    const piece = fc.constantFrom('GitLab handbook ', 'ハンドブック', '깃랩', '', '\n', 'x'.repeat(3_000), '提案'.repeat(900));
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 4 }).map((parts) => parts.join('')), { maxLength: 8 }), (texts) => {
        expect(detectLanguage(...texts)).toBe(detectLanguage(texts.join('\n')));
      }),
    );
  });
});
