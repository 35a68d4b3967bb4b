import { describe, expect, it } from 'vitest';
import { createSlugger } from '../../src/knowledge/slugify.js';

describe('createSlugger', () => {
  it('makes kramdown ids: punctuation dropped, spaces to dashes, leading non-letters dropped', () => {
    const slug = createSlugger('kramdown');
    expect(slug('Reverting a merge request')).toBe('reverting-a-merge-request');
    expect(slug('Broken `master`')).toBe('broken-master');
    expect(slug('Maintainer/Reviewer Availability')).toBe('maintainerreviewer-availability');
    expect(slug('Distribution:Build')).toBe('distributionbuild');
    expect(slug('1:1 meetings')).toBe('meetings');
  });

  it('names a kramdown heading with no ASCII letters "section"', () => {
    expect(createSlugger('kramdown')('目次')).toBe('section');
  });

  it('makes GitHub ids, keeping Unicode letters', () => {
    const slug = createSlugger('github');
    expect(slug('Ops incidents log')).toBe('ops-incidents-log');
    expect(slug('How to set up access to Kubernetes?')).toBe('how-to-set-up-access-to-kubernetes');
    expect(slug('ハンドブックガイドライン')).toBe('ハンドブックガイドライン');
    expect(slug('1:1 meetings')).toBe('11-meetings');
  });

  it('numbers repeated anchors within one page', () => {
    // backend-engineer has a "Job Grade" under every level.
    const slug = createSlugger('kramdown');
    expect([slug('Job Grade'), slug('Job Grade'), slug('Job Grade')]).toEqual(['job-grade', 'job-grade-1', 'job-grade-2']);
  });

  it('starts counting again for each page', () => {
    createSlugger('kramdown')('Requirements');
    expect(createSlugger('kramdown')('Requirements')).toBe('requirements');
  });
});
