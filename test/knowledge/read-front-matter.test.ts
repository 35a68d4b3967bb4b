import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/knowledge/read-front-matter.js';

// The opening of handbook/leadership/building-trust/index.html.md: two `layout` and two `title` keys.
const DUPLICATED_KEYS = `---
layout: handbook-page-toc
title: Building Trust
layout: handbook-page-toc
title: "Building Trust at GitLab"
canonical_path: "/handbook/leadership/building-trust/"
---

## Introduction

Trust is the cornerstone of how we operate at GitLab.
`;

describe('readFrontMatter', () => {
  it('splits YAML front matter from the body', () => {
    const front = readFrontMatter('---\nlayout: handbook-page-toc\ntitle: "Paid time off at GitLab"\n---\n\n## Introduction\n');
    expect(front.data).toEqual({ layout: 'handbook-page-toc', title: 'Paid time off at GitLab' });
    expect(front.body).toBe('\n## Introduction\n');
    expect(front.error).toBeUndefined();
  });

  it('reads html_lang and canonical_path like any other key', () => {
    const front = readFrontMatter('---\ntitle: "GitLab ハンドブックの使い方"\nhtml_lang: "ja"\ncanonical_path: "/handbook/x/"\n---\nbody');
    expect(front.data).toMatchObject({ title: 'GitLab ハンドブックの使い方', html_lang: 'ja', canonical_path: '/handbook/x/' });
  });

  it('reports a malformed block and keeps the body', () => {
    const front = readFrontMatter(DUPLICATED_KEYS);
    expect(front.error).toBe('malformed front matter (duplicated mapping key at line 4, column 1:); body indexed without it');
    expect(front.data).toEqual({});
    expect(front.body).toBe('\n## Introduction\n\nTrust is the cornerstone of how we operate at GitLab.\n');
  });

  it('reads a page without front matter as all body', () => {
    expect(readFrontMatter('# On-call\n\nWe have an ops on-call rotation.')).toEqual({ data: {}, body: '# On-call\n\nWe have an ops on-call rotation.' });
  });

  it('cuts the YAML of an unterminated block off the body and reports it', () => {
    const source = '---\nlayout: handbook-page-toc\ntitle: "Paid time off at GitLab"\n\n## Introduction\n';
    expect(readFrontMatter(source)).toEqual({
      data: {},
      body: '## Introduction\n',
      error: 'unterminated front matter (no closing ---); body indexed without it',
    });
  });

  it('drops a byte order mark', () => {
    expect(readFrontMatter('\uFEFF---\ntitle: Developer\n---\nText').data).toEqual({ title: 'Developer' });
    expect(readFrontMatter('\uFEFFText').body).toBe('Text');
  });

  it('ends the block at the first line starting with ---, cutting one line break after it, as gray-matter does', () => {
    expect(readFrontMatter('---\ntitle: A\n---\r\n\r\nbody')).toEqual({ data: { title: 'A' }, body: '\r\nbody' });
    expect(readFrontMatter('---\ntitle: A\n--- \nbody')).toEqual({ data: { title: 'A' }, body: ' \nbody' });
    expect(readFrontMatter('---\ntitle: A\n---')).toEqual({ data: { title: 'A' }, body: '' });
    // Also a line that only starts with `---`, and the line right after the opening.
    expect(readFrontMatter('---\ntitle: A\n----\nbody')).toEqual({ data: { title: 'A' }, body: '-\nbody' });
    expect(readFrontMatter('---\n---\nbody')).toEqual({ data: {}, body: 'body' });
  });

  it('reports a block closed by YAML\'s `...`, which gray-matter reads past, and keeps the body from after it', () => {
    const error = 'malformed front matter (closed by ... instead of ---); body indexed without it';
    expect(readFrontMatter('---\ntitle: A\n...\nText\n---\nMore')).toEqual({ data: {}, body: 'Text\n---\nMore', error });
    expect(readFrontMatter('---\ntitle: A\n... \r\nText')).toEqual({ data: {}, body: 'Text', error });
    // gray-matter would read `title: A` here, up to the `---`: the block was still closed by `...`.
    expect(readFrontMatter('---\ntitle: A\n...\n---\nbody')).toEqual({ data: {}, body: '---\nbody', error });
  });

  it('cuts the rest of the closing line off the body of a malformed block', () => {
    expect(readFrontMatter('---\ntitle: [\n---  \r\nbody')).toMatchObject({ data: {}, body: 'body' });
    expect(readFrontMatter('---\ntitle: [\n----\nbody\n---\nmore')).toMatchObject({ data: {}, body: 'body\n---\nmore' });
  });

  it('accepts Windows line endings', () => {
    const front = readFrontMatter('---\r\ntitle: "Paid time off at GitLab"\r\n---\r\n\r\n## Introduction\r\n');
    expect(front.data).toEqual({ title: 'Paid time off at GitLab' });
    expect(front.body).toContain('## Introduction');
  });
});
