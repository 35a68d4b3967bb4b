import { describe, expect, it } from 'vitest';
import type { KnowledgeFile } from '../../src/knowledge/find-knowledge-files.js';
import { fingerprintKnowledge, indexingSources } from '../../src/search/fingerprint-knowledge.js';
import { config } from './index-cache-harness.js';

const file = (path: string, size = 100, mtimeMs = 1_700_000_000_000): KnowledgeFile => ({ absolute: `/k/${path}`, path, size, mtimeMs });
const files = [file('a.md'), file('b/c.md')];
const base = fingerprintKnowledge({ listed: [{ root: '/k', files }], config });

describe('fingerprintKnowledge', () => {
  it('is the same for the same knowledge', () => {
    expect(fingerprintKnowledge({ listed: [{ root: '/k', files: files.map((f) => ({ ...f })) }], config: structuredClone(config) })).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a file is added', [...files, file('d.md')]],
    ['a file is removed', files.slice(1)],
    ['a file changes size', [file('a.md', 101), files[1]!]],
    ['a file changes modification time', [file('a.md', 100, 1_700_000_000_001), files[1]!]],
    ['a file is renamed', [file('z.md'), files[1]!]],
  ])('changes when %s', (_change, changed) => {
    expect(fingerprintKnowledge({ listed: [{ root: '/k', files: changed }], config })).not.toBe(base);
  });

  it('changes with the root the files are under', () => {
    expect(fingerprintKnowledge({ listed: [{ root: '/other', files }], config })).not.toBe(base);
  });

  it('changes with the knowledge config', () => {
    const boosted = { ...config, boosts: [...config.boosts, { match: 'a.md', weight: 2 }] };
    expect(fingerprintKnowledge({ listed: [{ root: '/k', files }], config: boosted })).not.toBe(base);
  });
});

describe('indexingSources', () => {
  const names = [...indexingSources().keys()].map((path) => path.split(/[\\/]/).slice(-2).join('/'));

  it('follows imports from the cache code into the parser and the term preparation', () => {
    expect(names).toEqual(expect.arrayContaining(['search/index-cache.ts', 'knowledge/parse-page.ts', 'search/tokenize.ts', 'search/normalize-term.ts']));
  });

  it('leaves out the ranking, which runs at question time and may change without a rebuild', () => {
    expect(names).not.toContain('search/search-sections.ts');
    expect(names).not.toContain('search/parse-question.ts');
    expect(names).not.toContain('search/search-cached-index.ts');
    expect(names).not.toContain('search/rerank-pages.ts');
    expect(names).not.toContain('search/page-features.ts');
  });
});
