import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/knowledge/types.js';
import { sectionPrior } from '../../src/search/section-prior.js';

const RESPONSIBILITIES = [
  '- Develop features from proposal to polished end result.',
  '- Engage with the core team and the open source community and collaborate on improving GitLab.',
].join('\n');

function section(path: string, text: string): Section {
  return { id: 0, source: 'test', path, pageTitle: 'Developer', headings: ['Developer'], anchor: '', url: 'https://x.test/', text, lang: 'en' };
}

describe('sectionPrior', () => {
  it('is 1 for a prose section no boost matches', () => {
    expect(sectionPrior(section('handbook/values/index.html.md', RESPONSIBILITIES), { boosts: [{ match: 'roles/', weight: 3 }], depthPrior: 1 })).toBe(1);
  });

  it('multiplies every matching boost', () => {
    const boosts = [
      { match: 'handbook/engineering/workflow/', weight: 1.5 },
      { match: 'handbook/engineering/', weight: 1.2 },
      { match: 'handbook/marketing/', weight: 0.6 },
    ];
    expect(sectionPrior(section('gitlab/handbook/engineering/workflow/index.html.md', RESPONSIBILITIES), { boosts, depthPrior: 1 })).toBeCloseTo(1.8);
  });

  it('multiplies the depth prior once per folder between the knowledge root and the file', () => {
    const config = { boosts: [], depthPrior: 0.9 };
    expect(sectionPrior(section('developer.md', RESPONSIBILITIES), config)).toBe(1);
    expect(sectionPrior(section('handbook/engineering/index.html.md', RESPONSIBILITIES), config)).toBeCloseTo(0.81);
    expect(sectionPrior(section('handbook/engineering/development/sec/index.html.md', RESPONSIBILITIES), config)).toBeCloseTo(0.6561);
  });

  it('halves sections that are mostly link text', () => {
    const navigation = [
      '- [Backend Unit Test Coverage](/handbook/engineering/development/performance-indicators/#backend-unit-test-coverage)',
      '- [Open MR Review Time (OMRT)](/handbook/engineering/development/performance-indicators/#open-mr-review-time-omrt)',
      '- [Open MR Age (OMA)](/handbook/engineering/development/performance-indicators/#open-mr-age-oma)',
    ].join('\n');
    expect(sectionPrior(section('a.md', navigation), { boosts: [], depthPrior: 1 })).toBe(0.5);
  });

  it('lowers near-empty sections', () => {
    expect(sectionPrior(section('a.md', 'This position is 100% remote.'), { boosts: [], depthPrior: 1 })).toBe(0.6);
  });

  it('counts list markers as neither text nor length', () => {
    expect(sectionPrior(section('a.md', '- a\n- b\n- c\n- d\n- e\n- f\n- g\n- h\n- i\n- j\n- k\n- l\n- m\n- n\n- o\n- p\n- q\n- r\n- s\n- t\n- u'), { boosts: [], depthPrior: 1 })).toBe(0.6);
  });
});
