import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { hostileDocument } from '../fixtures/hostile/hostile-markdown.js';
import { loadProjectConfig } from './fixture-paths.js';

const HOSTILE_KNOWLEDGE = fileURLToPath(new URL('../fixtures/hostile', import.meta.url));
const config = loadProjectConfig();
const scratch = mkdtempSync(join(tmpdir(), 'onboard-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every reason the loader gives; a file with several problems lists them joined with "; ". */
const PART = String.raw`(no text|larger than 2 MB|unreadable: [^;]+|(malformed|unterminated) front matter \(.*?\); body indexed without it|invalid UTF-8 replaced)`;
const REASON = new RegExp(`^${PART}(; ${PART})*$`);

function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** Every file is either read into sections or listed as skipped, with a reason the loader is known to give. */
function expectAccountedFor(knowledge: KnowledgeBase, paths: string[]): void {
  const read = new Set(knowledge.sections.map((section) => section.path));
  for (const path of paths) expect(read.has(path) || knowledge.skipped.some((file) => file.path === path), path).toBe(true);
  expect(knowledge.files).toBe(read.size);
  for (const { reason } of knowledge.skipped) expect(reason).toMatch(REASON);
  expect(knowledge.sections.map((section) => section.id)).toEqual(knowledge.sections.map((_, i) => i));
}

describe('loadKnowledge on the hostile fixtures', () => {
  let hostile: KnowledgeBase;
  beforeAll(() => {
    hostile = loadKnowledge([HOSTILE_KNOWLEDGE], config);
  });

  it('reports what it skipped or only partly read, and why', () => {
    expect(hostile.skipped).toEqual([
      { path: 'handbook/deep-yaml/index.html.md', reason: 'malformed front matter (Maximum call stack size exceeded); body indexed without it' },
      {
        path: 'handbook/dots-closed-front-matter/index.html.md',
        reason: 'malformed front matter (closed by ... instead of ---); body indexed without it',
      },
      { path: 'handbook/front-matter-only/index.html.md', reason: 'no text' },
      { path: 'handbook/invalid-utf8/index.html.md', reason: 'invalid UTF-8 replaced' },
      { path: 'handbook/markup-only/index.html.md', reason: 'no text' },
      {
        path: 'handbook/nul-bytes/index.html.md',
        reason: 'malformed front matter (null byte is not allowed in input at line 1, column 13:); body indexed without it',
      },
    ]);
    expect(hostile.files).toBe(11);
  });

  it('yields well-formed sections from every file it read', () => {
    for (const section of hostile.sections) {
      expect(section.url).toMatch(/^https:\/\/about\.gitlab\.com\/handbook\//);
      expect(section.headings[0]).toBe(section.pageTitle);
      expect(section.text.trim()).not.toBe('');
      expect(section.text).not.toContain('\u0000');
      expect(section.text).not.toContain('\r');
    }
  });

  it('keeps the readable text around NUL bytes and invalid UTF-8', () => {
    const textOf = (path: string) => hostile.sections.filter((section) => section.path === path).map((section) => section.text).join('\n');
    expect(textOf('handbook/nul-bytes/index.html.md')).toBe('Text with NUL bytes inside.');
    expect(textOf('handbook/invalid-utf8/index.html.md')).toMatch(/^Lone continuation \uFFFD+, truncated sequence \uFFFD+,.* and text after\.$/);
  });
});

describe('loadKnowledge on generated files', () => {
  it('skips a 5 MB single-line file and reads one just under the size limit', () => {
    const root = join(scratch, 'large');
    writeFiles(root, {
      'handbook/five-mb/index.html.md': 'word '.repeat(1024 * 1024),
      'handbook/under-limit/index.html.md': `# Under the limit\n\n${'Merge requests need a review. '.repeat(65_000)}`,
    });
    const loaded = loadKnowledge([root], config);
    expect(loaded.skipped).toEqual([{ path: 'handbook/five-mb/index.html.md', reason: 'larger than 2 MB' }]);
    expect(loaded.sections.map((section) => section.path)).toEqual(['handbook/under-limit/index.html.md']);
  });

  it('accounts for every file of a folder of arbitrary bytes and hostile markdown, never throwing', () => {
    const file = fc.oneof(hostileDocument, fc.uint8Array({ maxLength: 500 }));
    let run = 0;
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 6 }), (contents) => {
        const root = join(scratch, `folder-${run++}`);
        const paths = contents.map((_, i) => `handbook/page-${i}/index.html.md`);
        writeFiles(root, Object.fromEntries(paths.map((path, i) => [path, contents[i]!])));
        expectAccountedFor(loadKnowledge([root], config), paths);
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 60 },
    );
  });

  // BUG (src/knowledge/load-knowledge.ts `readOne`): parsePage throws `TypeError: Invalid URL` for a
  // canonical_path such as "https://[" (see parse-page.property.test.ts), and nothing catches it, so
  // one bad page stops the whole knowledge base from loading and the bot from starting.
  // Expected: the page is listed in `skipped` (or read with its file-path URL) and the rest loads.
  it('keeps loading the other pages when one has an unusable canonical_path', () => {
    const root = join(scratch, 'canonical');
    writeFiles(root, {
      'handbook/bad/index.html.md': '---\ncanonical_path: "https://["\n---\n## Bad\n\nText.\n',
      'handbook/good/index.html.md': '## Good\n\nText.\n',
    });
    const loaded = loadKnowledge([root], config);
    expect(loaded.sections.map((section) => section.path)).toContain('handbook/good/index.html.md');
  });
});
