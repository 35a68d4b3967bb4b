import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSchema } from './migrate-schema.js';
import { prepareQueries, type Queries } from './prepare-queries.js';

/** Which file a path pointed to; a different value later means it was deleted or replaced. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/** One open, migrated database with its prepared queries. */
export interface Connection {
  db: Database.Database;
  queries: Queries;
  /** The database file and its WAL companions as they were when opened. */
  files: { database: FileIdentity; wal: FileIdentity | undefined; shm: FileIdentity | undefined };
}

export const WAL_SUFFIXES = ['-wal', '-shm'] as const;

/**
 * Opens (creating if needed) the database at `path`: parent directories, WAL journal,
 * busy timeout, full sync, schema migration, prepared queries. Throws what better-sqlite3
 * or the file system throws; the caller decides whether that is fatal.
 */
export function openConnection(path: string, busyTimeoutMs: number): Connection {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: busyTimeoutMs });
  try {
    // WAL lets the report command and backups read while the bot writes.
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL keeps every committed write through a crash of the process; only an OS
    // crash or power cut can lose the last commits. FULL would fsync on every answer (each answered
    // thread is remembered), blocking the event loop: measured by `npm run loadtest` at 200 events/s,
    // it pushed the acknowledgement p99 past 100 ms.
    db.pragma('synchronous = NORMAL');
    // forget() must leave no readable copy of a user's rows in free pages of the file.
    db.pragma('secure_delete = ON');
    migrateSchema(db);
    const queries = prepareQueries(db);
    // Reading once makes SQLite open the -wal and -shm files, so their identities are known.
    queries.threadQuestion('', '');
    return { db, queries, files: readOpenedFiles(path) };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The identity of the file at `path` now, or undefined when nothing is there. */
export function readFileIdentity(path: string): FileIdentity | undefined {
  try {
    const { dev, ino } = statSync(path, { bigint: true });
    return { dev, ino };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

export function isSameFile(a: FileIdentity | undefined, b: FileIdentity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

function readOpenedFiles(path: string): Connection['files'] {
  const database = readFileIdentity(path);
  if (database === undefined) throw Object.assign(new Error(`${path} vanished while opening`), { code: 'ENOENT' });
  return { database, wal: readFileIdentity(`${path}-wal`), shm: readFileIdentity(`${path}-shm`) };
}
