import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { VoteInput } from '../../src/feedback/feedback-store.js';
import { MIGRATIONS } from '../../src/feedback/migrate-schema.js';
import { cleanUp, makeDatabasePath, makeTempDir, makeVote, openTestStore } from './store-harness.js';

afterEach(cleanUp);

const HANDBOOK = 'https://handbook.example.com';
const section = (name: string): VoteInput['sections'][number] => ({ title: 'Handbook', section: name, url: `${HANDBOOK}/#${name}` });

describe('openFeedbackStore', () => {
  it('creates the parent directories and a migrated WAL database on first run', () => {
    const path = join(makeTempDir(), 'data', 'nested', 'feedback.db');
    openTestStore(path).close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((table) => table.name)).toEqual(['threads', 'unanswered', 'votes', 'welcomes']);
    db.close();
  });

  it('reopens an existing database without migrating it again or losing data', () => {
    const path = makeDatabasePath();
    const first = openTestStore(path);
    expect(first.recordVote(makeVote())).toEqual({ ok: true, value: 'recorded' });
    first.close();

    const second = openTestStore(path);
    expect(second.recordVote(makeVote())).toEqual({ ok: true, value: 'unchanged' });
    second.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('migrates an existing empty file', () => {
    const path = makeDatabasePath();
    writeFileSync(path, '');
    expect(openTestStore(path).claimWelcome('U01ALICE')).toEqual({ ok: true, value: true });
  });

  it('throws naming the path when the file is not a database', () => {
    const path = makeDatabasePath();
    writeFileSync(path, 'this is a text file, not SQLite '.repeat(100));
    expect(() => openTestStore(path)).toThrow(`feedback store: ${path} is corrupt or not a SQLite database`);
  });

  it('throws naming the path when its directory cannot be created', () => {
    const blocker = join(makeTempDir(), 'not-a-directory');
    writeFileSync(blocker, '');
    const path = join(blocker, 'feedback.db');
    expect(() => openTestStore(path)).toThrow(
      `feedback store: cannot use ${path}: EEXIST: file already exists, mkdir '${blocker}'`,
    );
  });

  it('throws when the file was written by a newer Onboard', () => {
    const path = makeDatabasePath();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openTestStore(path)).toThrow(
      `feedback store: ${path} has schema version 99, newer than this Onboard knows (${MIGRATIONS.length}); upgrade Onboard`,
    );
  });

  it('stores only Slack ids, questions, section references, votes and times', () => {
    const path = makeDatabasePath();
    openTestStore(path).close();
    const db = new Database(path, { readonly: true });
    const columns = db
      .prepare<[], { name: string }>(
        "SELECT m.name || '.' || c.name AS name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' ORDER BY 1",
      )
      .all()
      .map((column) => column.name);
    db.close();
    expect(columns).toEqual([
      'threads.channel',
      'threads.question',
      'threads.remembered_at',
      'threads.thread_ts',
      'threads.user_id',
      'unanswered.asked_at',
      'unanswered.closest',
      'unanswered.id',
      'unanswered.question',
      'unanswered.question_key',
      'unanswered.user_id',
      'votes.answer_key',
      'votes.question',
      'votes.sections',
      'votes.user_id',
      'votes.vote',
      'votes.voted_at',
      'welcomes.user_id',
      'welcomes.welcomed_at',
    ]);
  });
});

describe('recordVote', () => {
  it('records a first vote, ignores the same click again and replaces a different one', () => {
    const store = openTestStore(makeDatabasePath());
    expect(store.recordVote(makeVote({ vote: 'up' }))).toEqual({ ok: true, value: 'recorded' });
    expect(store.recordVote(makeVote({ vote: 'up' }))).toEqual({ ok: true, value: 'unchanged' });
    expect(store.recordVote(makeVote({ vote: 'down' }))).toEqual({ ok: true, value: 'changed' });
    expect(store.report()).toMatchObject({ ok: true, value: { totals: { votes: 1, up: 0, down: 1 } } });
  });

  it('keeps one vote per user and answer', () => {
    const store = openTestStore(makeDatabasePath());
    store.recordVote(makeVote({ userId: 'U01ALICE' }));
    store.recordVote(makeVote({ userId: 'U02BOB' }));
    store.recordVote(makeVote({ userId: 'U01ALICE', answerKey: 'C01GENERAL:1700000000.000999' }));
    store.recordVote(makeVote({ userId: 'U01ALICE', vote: 'down' }));
    expect(store.report()).toMatchObject({ ok: true, value: { totals: { votes: 3, up: 2, down: 1 } } });
  });

  it('sees votes written through another connection to the same file', () => {
    const path = makeDatabasePath();
    const bot = openTestStore(path);
    const cli = openTestStore(path);
    expect(bot.recordVote(makeVote())).toEqual({ ok: true, value: 'recorded' });
    expect(cli.recordVote(makeVote())).toEqual({ ok: true, value: 'unchanged' });
  });

  it('rejects a vote that is neither up nor down', () => {
    const store = openTestStore(makeDatabasePath());
    const vote = makeVote({ vote: 'sideways' as VoteInput['vote'] });
    expect(store.recordVote(vote)).toEqual({ ok: false, error: 'feedback store: vote must be "up" or "down", got "sideways"' });
  });

  it('rejects an empty user id', () => {
    const store = openTestStore(makeDatabasePath());
    expect(store.recordVote(makeVote({ userId: ' ' }))).toEqual({ ok: false, error: 'feedback store: userId must be a non-empty string' });
  });

  it('rejects an invalid date', () => {
    const store = openTestStore(makeDatabasePath());
    expect(store.recordVote(makeVote({ at: new Date('not a date') }))).toEqual({ ok: false, error: 'feedback store: at must be a valid Date' });
  });

  it('returns a malformed input as an error instead of throwing', () => {
    const store = openTestStore(makeDatabasePath());
    const vote = makeVote({ question: 42 as unknown as string });
    expect(store.recordVote(vote)).toEqual({ ok: false, error: 'feedback store: input.question.trim is not a function' });
  });
});

describe('recordUnanswered', () => {
  it('counts questions that differ only in case and spacing together', () => {
    const store = openTestStore(makeDatabasePath());
    const ask = (userId: string, question: string, at: string): void => {
      expect(store.recordUnanswered({ userId, question, closest: [`${HANDBOOK}/it/`], at: new Date(at) })).toEqual({ ok: true, value: undefined });
    };
    ask('U01ALICE', 'How do I get a VPN token?', '2024-05-01T09:00:00.000Z');
    ask('U02BOB', '  how do i get a   vpn token?', '2024-05-03T09:00:00.000Z');
    ask('U03CAROL', 'HOW DO I GET A VPN TOKEN?', '2024-05-02T09:00:00.000Z');
    ask('U01ALICE', 'Who approves expenses?', '2024-05-04T09:00:00.000Z');

    expect(store.report()).toMatchObject({
      ok: true,
      value: {
        unanswered: [
          { question: 'how do i get a vpn token?', count: 3, lastAsked: '2024-05-03T09:00:00.000Z' },
          { question: 'Who approves expenses?', count: 1, lastAsked: '2024-05-04T09:00:00.000Z' },
        ],
        totals: { unanswered: 4 },
      },
    });
  });

  it('rejects an empty question', () => {
    const store = openTestStore(makeDatabasePath());
    expect(store.recordUnanswered({ userId: 'U01ALICE', question: '', closest: [] })).toEqual({
      ok: false,
      error: 'feedback store: question must be a non-empty string',
    });
  });
});

describe('claimWelcome', () => {
  it('is true the first time for a user and false after, across reopening', () => {
    const path = makeDatabasePath();
    const store = openTestStore(path);
    expect(store.claimWelcome('U01ALICE')).toEqual({ ok: true, value: true });
    expect(store.claimWelcome('U01ALICE')).toEqual({ ok: true, value: false });
    expect(store.claimWelcome('U02BOB')).toEqual({ ok: true, value: true });
    store.close();
    expect(openTestStore(path).claimWelcome('U01ALICE')).toEqual({ ok: true, value: false });
  });
});

describe('rememberThread', () => {
  it('remembers a thread across reopening', () => {
    const path = makeDatabasePath();
    const store = openTestStore(path);
    expect(store.rememberThread({ channel: 'C01GENERAL', threadTs: '1700000000.000100', question: 'What does a backend engineer do?' })).toEqual({
      ok: true,
      value: undefined,
    });
    store.close();
    expect(openTestStore(path).threadQuestion('C01GENERAL', '1700000000.000100')).toEqual({
      ok: true,
      value: 'What does a backend engineer do?',
    });
  });

  it('keeps the first question of a thread', () => {
    const store = openTestStore(makeDatabasePath());
    store.rememberThread({ channel: 'C01GENERAL', threadTs: '1700000000.000100', question: 'What does a backend engineer do?' });
    store.rememberThread({ channel: 'C01GENERAL', threadTs: '1700000000.000100', question: 'and for senior devs?' });
    expect(store.threadQuestion('C01GENERAL', '1700000000.000100')).toEqual({ ok: true, value: 'What does a backend engineer do?' });
  });
});

describe('threadQuestion', () => {
  it('is undefined for a thread the bot did not answer', () => {
    const store = openTestStore(makeDatabasePath());
    store.rememberThread({ channel: 'C01GENERAL', threadTs: '1700000000.000100', question: 'What is the PTO policy?' });
    expect(store.threadQuestion('C02RANDOM', '1700000000.000100')).toEqual({ ok: true, value: undefined });
    expect(store.threadQuestion('C01GENERAL', '1700000000.000200')).toEqual({ ok: true, value: undefined });
  });
});

describe('report', () => {
  it('is empty for a new database', () => {
    expect(openTestStore(makeDatabasePath()).report()).toEqual({
      ok: true,
      value: { sections: [], unanswered: [], totals: { votes: 0, up: 0, down: 0, unanswered: 0 } },
    });
  });

  it('adds up votes per section, most votes first, then most down-votes, then URL', () => {
    const store = openTestStore(makeDatabasePath());
    const vote = (userId: string, answerKey: string, names: string[], value: 'up' | 'down'): void => {
      expect(store.recordVote(makeVote({ userId, answerKey, vote: value, sections: names.map(section) })).ok).toBe(true);
    };
    vote('U1', 'A1', ['deploy', 'review'], 'up');
    vote('U2', 'A1', ['deploy', 'review'], 'down');
    vote('U3', 'A2', ['deploy'], 'up');
    vote('U1', 'A3', ['oncall'], 'down');
    vote('U2', 'A4', ['access'], 'up');

    expect(store.report()).toEqual({
      ok: true,
      value: {
        sections: [
          { url: `${HANDBOOK}/#deploy`, title: 'Handbook', section: 'deploy', up: 2, down: 1 },
          { url: `${HANDBOOK}/#review`, title: 'Handbook', section: 'review', up: 1, down: 1 },
          { url: `${HANDBOOK}/#oncall`, title: 'Handbook', section: 'oncall', up: 0, down: 1 },
          { url: `${HANDBOOK}/#access`, title: 'Handbook', section: 'access', up: 1, down: 0 },
        ],
        unanswered: [],
        totals: { votes: 5, up: 3, down: 2, unanswered: 0 },
      },
    });
  });

  it('counts a section listed twice in one answer once', () => {
    const store = openTestStore(makeDatabasePath());
    store.recordVote(makeVote({ sections: [section('deploy'), section('deploy')] }));
    expect(store.report()).toMatchObject({ ok: true, value: { sections: [{ url: `${HANDBOOK}/#deploy`, up: 1, down: 0 }] } });
  });

  it("shows a section under its most recent vote's title", () => {
    const store = openTestStore(makeDatabasePath());
    const url = `${HANDBOOK}/#deploy`;
    store.recordVote(makeVote({ userId: 'U1', sections: [{ title: 'Old', section: 'Deploy', url }], at: new Date('2024-05-02T00:00:00Z') }));
    store.recordVote(makeVote({ userId: 'U2', sections: [{ title: 'New', section: 'Deploying', url }], at: new Date('2024-05-03T00:00:00Z') }));
    store.recordVote(makeVote({ userId: 'U3', sections: [{ title: 'Older', section: 'Deploy', url }], at: new Date('2024-05-01T00:00:00Z') }));
    expect(store.report()).toMatchObject({ ok: true, value: { sections: [{ url, title: 'New', section: 'Deploying', up: 3 }] } });
  });

  it('caps each list at the limit', () => {
    const store = openTestStore(makeDatabasePath());
    store.recordVote(makeVote({ userId: 'U1', sections: [section('a'), section('b'), section('c')] }));
    for (const question of ['one?', 'two?', 'three?']) store.recordUnanswered({ userId: 'U1', question, closest: [] });
    const report = store.report({ limit: 2 });
    expect(report.ok && [report.value.sections.length, report.value.unanswered.length]).toEqual([2, 2]);
    expect(report).toMatchObject({ ok: true, value: { totals: { votes: 1, unanswered: 3 } } });
  });

  it('rejects a limit that is not a positive integer', () => {
    const store = openTestStore(makeDatabasePath());
    expect(store.report({ limit: 0 })).toEqual({ ok: false, error: 'feedback store: limit must be a positive integer, got 0' });
  });
});

describe('forget', () => {
  it("removes all of a user's rows and nothing else", () => {
    const path = makeDatabasePath();
    const store = openTestStore(path);
    for (const userId of ['U01ALICE', 'U02BOB']) {
      store.recordVote(makeVote({ userId, answerKey: 'A1' }));
      store.recordVote(makeVote({ userId, answerKey: 'A2', vote: 'down' }));
      store.recordUnanswered({ userId, question: `What does ${userId} need?`, closest: [] });
      store.claimWelcome(userId);
      store.rememberThread({ channel: 'C01GENERAL', threadTs: `${userId}.1`, question: `Thread of ${userId}`, userId });
    }

    expect(store.forget('U01ALICE')).toEqual({ ok: true, value: 5 });

    const db = new Database(path, { readonly: true });
    const mentions = db
      .prepare<[], { rows: number }>(
        `SELECT (SELECT COUNT(*) FROM votes WHERE user_id = 'U01ALICE')
              + (SELECT COUNT(*) FROM unanswered WHERE user_id = 'U01ALICE' OR question LIKE '%U01ALICE%')
              + (SELECT COUNT(*) FROM welcomes WHERE user_id = 'U01ALICE')
              + (SELECT COUNT(*) FROM threads WHERE user_id = 'U01ALICE' OR question LIKE '%U01ALICE%') AS rows`,
      )
      .get();
    db.close();
    expect(mentions).toEqual({ rows: 0 });
    expect(store.report()).toMatchObject({
      ok: true,
      value: { totals: { votes: 2, up: 1, down: 1, unanswered: 1 }, unanswered: [{ question: 'What does U02BOB need?' }] },
    });
    expect(store.claimWelcome('U02BOB')).toEqual({ ok: true, value: false });
    expect(store.threadQuestion('C01GENERAL', 'U02BOB.1')).toEqual({ ok: true, value: 'Thread of U02BOB' });
    expect(store.threadQuestion('C01GENERAL', 'U01ALICE.1')).toEqual({ ok: true, value: undefined });
  });

  it("leaves no copy of the user's data in the database files", () => {
    const path = makeDatabasePath();
    const store = openTestStore(path);
    const secret = 'Can I expense my therapy sessions?';
    store.recordUnanswered({ userId: 'U01ALICE', question: secret, closest: [] });
    store.recordVote(makeVote({ userId: 'U01ALICE', question: secret }));
    store.recordUnanswered({ userId: 'U02BOB', question: 'Where is the wiki?', closest: [] });

    expect(store.forget('U01ALICE')).toEqual({ ok: true, value: 2 });
    const files = [path, `${path}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file));
    expect(files.some((bytes) => bytes.includes(secret) || bytes.includes('U01ALICE'))).toBe(false);
    expect(files.some((bytes) => bytes.includes('Where is the wiki?'))).toBe(true);
  });

  it('deletes nothing for an unknown user', () => {
    const store = openTestStore(makeDatabasePath());
    store.claimWelcome('U01ALICE');
    expect(store.forget('U09NOBODY')).toEqual({ ok: true, value: 0 });
    expect(store.claimWelcome('U01ALICE')).toEqual({ ok: true, value: false });
  });
});

describe('close', () => {
  it('makes later calls fail without throwing, and can be called twice', () => {
    const path = makeDatabasePath();
    const store = openTestStore(path);
    store.close();
    store.close();
    expect(store.claimWelcome('U01ALICE')).toEqual({ ok: false, error: 'feedback store: closed' });
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
