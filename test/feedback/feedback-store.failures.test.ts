import Database from 'better-sqlite3';
import { chmodSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, makeDatabasePath, makeTempDir, makeVote, openTestStore } from './store-harness.js';
import { startChild } from './start-child.js';

afterEach(cleanUp);

const CHILD_TIMEOUT_MS = 30_000;

describe('openFeedbackStore when the file is locked', () => {
  it('returns busy while another connection holds a write transaction, then works again', () => {
    const path = makeDatabasePath();
    const store = openTestStore(path, { busyTimeoutMs: 10 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');

    expect(store.recordVote(makeVote())).toEqual({ ok: false, error: `feedback store: ${path} is locked by another process; try again shortly` });
    expect(store.claimWelcome('U01ALICE')).toEqual({ ok: false, error: `feedback store: ${path} is locked by another process; try again shortly` });
    // WAL: readers are not blocked by a writer.
    expect(store.report()).toMatchObject({ ok: true, value: { totals: { votes: 0 } } });

    other.exec('ROLLBACK');
    other.close();
    expect(store.recordVote(makeVote())).toEqual({ ok: true, value: 'recorded' });
  });

  it('opens without throwing when locked before its schema exists, and migrates once the lock is gone', () => {
    const path = makeDatabasePath();
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.exec('BEGIN IMMEDIATE');

    const store = openTestStore(path, { busyTimeoutMs: 10 });
    expect(store.threadQuestion('C01GENERAL', '1700000000.000100')).toEqual({
      ok: false,
      error: `feedback store: ${path} is locked by another process; try again shortly`,
    });

    other.exec('ROLLBACK');
    other.close();
    expect(store.recordVote(makeVote())).toEqual({ ok: true, value: 'recorded' });
  });
});

describe('openFeedbackStore when the file is deleted or replaced', () => {
  const replaced = (path: string): string => `feedback store: ${path} was deleted or replaced while open; it is reopened on the next call`;

  it('fails the next call after the file is deleted, then starts a new file', () => {
    const path = makeDatabasePath();
    const store = openTestStore(path);
    expect(store.recordVote(makeVote({ userId: 'U01ALICE' }))).toEqual({ ok: true, value: 'recorded' });

    rmSync(path);
    expect(store.recordVote(makeVote({ userId: 'U02BOB' }))).toEqual({ ok: false, error: replaced(path) });
    expect(store.recordVote(makeVote({ userId: 'U02BOB' }))).toEqual({ ok: true, value: 'recorded' });
    store.close();

    // The old file's -wal must not have been replayed into the new file.
    const reopened = openTestStore(path);
    expect(reopened.recordVote(makeVote({ userId: 'U01ALICE' }))).toEqual({ ok: true, value: 'recorded' });
    expect(reopened.report()).toMatchObject({ ok: true, value: { totals: { votes: 2 } } });
  });

  it('fails reads too after the file is deleted', () => {
    const path = makeDatabasePath();
    const store = openTestStore(path);
    store.rememberThread({ channel: 'C01GENERAL', threadTs: '1700000000.000100', question: 'What is the PTO policy?' });
    rmSync(path);
    expect(store.threadQuestion('C01GENERAL', '1700000000.000100')).toEqual({ ok: false, error: replaced(path) });
    expect(store.threadQuestion('C01GENERAL', '1700000000.000100')).toEqual({ ok: true, value: undefined });
  });

  it('switches to a file moved over the path, such as a restored backup', () => {
    const directory = makeTempDir();
    const path = join(directory, 'feedback.db');
    const backupPath = join(directory, 'backup.db');
    const store = openTestStore(path);
    store.recordVote(makeVote({ userId: 'U01ALICE' }));
    const backup = openTestStore(backupPath);
    backup.recordVote(makeVote({ userId: 'U02BOB', vote: 'down' }));
    backup.close();

    renameSync(backupPath, path);
    expect(store.recordVote(makeVote({ userId: 'U03CAROL' }))).toEqual({ ok: false, error: replaced(path) });
    expect(store.report()).toMatchObject({ ok: true, value: { totals: { votes: 1, up: 0, down: 1 } } });
  });

  it('leaves committed votes in a file moved away from the path', () => {
    const directory = makeTempDir();
    const path = join(directory, 'feedback.db');
    const movedPath = join(directory, 'feedback-old.db');
    const store = openTestStore(path);
    store.recordVote(makeVote({ userId: 'U01ALICE' }));

    renameSync(path, movedPath);
    expect(store.claimWelcome('U01ALICE')).toEqual({ ok: false, error: replaced(path) });
    expect(readdirSync(directory)).toEqual(['feedback-old.db']);

    const moved = openTestStore(movedPath);
    expect(moved.report()).toMatchObject({ ok: true, value: { totals: { votes: 1 } } });
  });
});

describe('openFeedbackStore when the file is read-only', () => {
  it(
    'returns an error for writes to a file it may not write, and works once permissions are fixed',
    async () => {
      const directory = makeTempDir();
      const path = join(directory, 'feedback.db');
      openTestStore(path).close();
      chmodSync(directory, 0o777);
      chmodSync(path, 0o444);

      const child = startChild('vote-on-read-only-file.ts', [path], { asUnprivileged: true });
      expect(JSON.parse(await child.nextLine())).toEqual({
        ok: false,
        error: `feedback store: ${path} is read-only; check the file's permissions`,
      });

      for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o666);
      child.send('fixed');
      expect(JSON.parse(await child.nextLine())).toEqual({ ok: true, value: 'recorded' });
      expect(await child.exited).toEqual({ code: 0, signal: null });
    },
    CHILD_TIMEOUT_MS,
  );
});

describe('openFeedbackStore after a crash', () => {
  it(
    'keeps a committed vote and drops an unfinished write when the process is killed mid-write',
    async () => {
      const path = makeDatabasePath();
      const child = startChild('vote-then-crash.ts', [path]);
      expect(JSON.parse(await child.nextLine())).toEqual({ ok: true, value: 'recorded' });
      expect(await child.nextLine()).toBe('mid-write');
      child.kill('SIGKILL');
      expect(await child.exited).toEqual({ code: null, signal: 'SIGKILL' });

      const db = new Database(path, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT user_id AS userId, vote FROM votes').all()).toEqual([{ userId: 'U_COMMITTED', vote: 'up' }]);
      db.close();
      // The killed process's lock is gone: the store can write at once.
      const store = openTestStore(path, { busyTimeoutMs: 10 });
      expect(store.recordVote(makeVote({ userId: 'U_UNCOMMITTED' }))).toEqual({ ok: true, value: 'recorded' });
    },
    CHILD_TIMEOUT_MS,
  );
});
