import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/tokenize.js';

describe('tokenize', () => {
  it('splits on anything that is not a letter or digit and lower-cases', () => {
    expect(tokenize("How fast do I have to reveiw an MR, is there an SLO?")).toEqual(['how', 'fast', 'do', 'i', 'have', 'to', 'reveiw', 'an', 'mr', 'is', 'there', 'an', 'slo']);
    expect(tokenize('on-call `~severity::1` gitlab-org/gitlab')).toEqual(['on', 'call', 'severity', '1', 'gitlab', 'org', 'gitlab']);
  });

  it('keeps case when asked, for capitals-only synonyms', () => {
    expect(tokenize('Is SET a role?', { keepCase: true })).toEqual(['Is', 'SET', 'a', 'role']);
  });

  it('keeps accented letters inside words', () => {
    expect(tokenize('Résumé café')).toEqual(['résumé', 'café']);
  });

  it('segments Japanese into words', () => {
    // dev eval h093
    const tokens = tokenize('ハンドブックファーストとは何ですか？');
    expect(tokens).toContain('ハンドブック');
    expect(tokens).toContain('ファースト');
    expect(tokens.join('')).toBe('ハンドブックファーストとは何ですか');
  });

  it('segments Japanese mixed with Latin words', () => {
    const tokens = tokenize('ハンドブックへのMerge Requestという形で提案される');
    expect(tokens).toEqual(expect.arrayContaining(['ハンドブック', 'merge', 'request', '提案']));
  });

  it('keeps Slack broadcast mentions as words, and only those', () => {
    expect(tokenize('Please avoid using @here or @Channel.')).toEqual(['please', 'avoid', 'using', '@here', 'or', '@channel']);
    expect(tokenize('ping @everyone')).toEqual(['ping', '@everyone']);
    expect(tokenize('@sid, mail sales@channelpartner.com or @here2')).toEqual(['sid', 'mail', 'sales', 'channelpartner', 'com', 'or', 'here2']);
  });

  it('returns nothing for punctuation and white space', () => {
    expect(tokenize('  ?! — … ')).toEqual([]);
  });
});
