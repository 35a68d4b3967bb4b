import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKnowledgeFiles } from '../../src/knowledge/find-knowledge-files.js';
import { FIXTURE_KNOWLEDGE, MESSY_KNOWLEDGE } from './fixture-paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'onboard-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('findKnowledgeFiles', () => {
  it('lists the markdown files of a root, sorted, with /-separated paths relative to it', () => {
    expect(findKnowledgeFiles(FIXTURE_KNOWLEDGE).map((file) => file.path)).toEqual([
      'handbook/engineering/workflow/code-review/index.html.md.erb',
      'handbook/engineering/workflow/index.html.md',
      'handbook/handbook-usage/index.html.md',
      'handbook/on-call/index.html.md',
      'handbook/paid-time-off/index.html.md',
      'job-families/engineering/backend-engineer/index.html.md',
      'job-families/engineering/support-engineer/index.html.md',
      'roles/developer.md',
      'sourcegraph/departments/engineering/dev/process/incidents/on_call.md',
    ]);
  });

  it('skips dot-folders and files that are not markdown', () => {
    const paths = findKnowledgeFiles(MESSY_KNOWLEDGE).map((file) => file.path);
    expect(paths).not.toContain('.drafts/draft.md');
    expect(paths).not.toContain('handbook/notes.txt');
    expect(paths).toContain('handbook/engineering/metrics/dev/plan/certify/index.html.md.erb');
  });

  it('skips node_modules and accepts .markdown files', () => {
    mkdirSync(join(scratch, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(scratch, 'node_modules', 'pkg', 'README.md'), '# Package readme\n');
    writeFileSync(join(scratch, 'notes.markdown'), 'Text.\n');
    writeFileSync(join(scratch, 'UPPER.MD'), 'Text.\n');
    expect(findKnowledgeFiles(scratch).map((file) => file.path)).toEqual(['UPPER.MD', 'notes.markdown']);
  });

  it('records size and modification time', () => {
    const [file] = findKnowledgeFiles(join(FIXTURE_KNOWLEDGE, 'roles'));
    expect(file).toMatchObject({ path: 'developer.md', absolute: join(FIXTURE_KNOWLEDGE, 'roles', 'developer.md') });
    expect(file!.size).toBeGreaterThan(0);
    expect(file!.mtimeMs).toBeGreaterThan(0);
  });

  it('says what to do when the root does not exist', () => {
    expect(() => findKnowledgeFiles('/nonexistent/knowledge')).toThrow(
      'Onboard: knowledge directory /nonexistent/knowledge does not exist (pass an existing folder of markdown files with --knowledge)',
    );
  });

  it('rejects a root that is a file', () => {
    const path = join(FIXTURE_KNOWLEDGE, 'roles', 'developer.md');
    expect(() => findKnowledgeFiles(path)).toThrow(`Onboard: knowledge directory ${path} is not a directory`);
  });
});
