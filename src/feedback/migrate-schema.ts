import type Database from 'better-sqlite3';

/**
 * Schema changes in order; migration N brings the file to `PRAGMA user_version = N`.
 * Append new migrations, never edit a released one: files in the field are already past it.
 *
 * Only Slack ids, questions, section references, votes and times are stored (privacy).
 * Times are ISO 8601 UTC strings so they sort as text.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE votes (
    user_id    TEXT NOT NULL,
    answer_key TEXT NOT NULL,
    question   TEXT NOT NULL,
    sections   TEXT NOT NULL, -- JSON array of { title, section, url }, unique by url
    vote       TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    voted_at   TEXT NOT NULL,
    PRIMARY KEY (user_id, answer_key)
  );
  CREATE TABLE unanswered (
    id           INTEGER PRIMARY KEY,
    user_id      TEXT NOT NULL,
    question     TEXT NOT NULL,
    question_key TEXT NOT NULL, -- normalised (case, spaces) so repeats count together
    closest      TEXT NOT NULL, -- JSON array of the nearest sections the bot found
    asked_at     TEXT NOT NULL
  );
  CREATE INDEX unanswered_by_question ON unanswered (question_key);
  CREATE INDEX unanswered_by_user ON unanswered (user_id);
  CREATE TABLE welcomes (
    user_id     TEXT PRIMARY KEY,
    welcomed_at TEXT NOT NULL
  );
  CREATE TABLE threads (
    channel       TEXT NOT NULL,
    thread_ts     TEXT NOT NULL,
    question      TEXT NOT NULL,
    user_id       TEXT, -- who asked, when the caller knows, so forget() can remove it
    remembered_at TEXT NOT NULL,
    PRIMARY KEY (channel, thread_ts)
  );
  CREATE INDEX threads_by_user ON threads (user_id);
  `,
];

/**
 * Brings the database to the latest schema. Pending migrations run in one write transaction
 * together with their `user_version` bumps, so a file is either fully migrated or untouched,
 * and the version is re-read inside the transaction so two processes opening a new file at
 * once cannot both apply the same migration. An up-to-date file is only read, which lets a
 * read-only file open.
 */
export function migrateSchema(db: Database.Database, migrations: readonly string[] = MIGRATIONS): void {
  const readVersion = (): number => db.pragma('user_version', { simple: true }) as number;
  const found = readVersion();
  if (found > migrations.length) {
    throw new Error(
      `feedback store: ${db.name} has schema version ${found}, newer than this Onboard knows (${migrations.length}); upgrade Onboard`,
    );
  }
  if (found === migrations.length) return;
  const applyPending = db.transaction(() => {
    for (let version = readVersion(); version < migrations.length; version += 1) {
      db.exec(migrations[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    }
  });
  applyPending.immediate();
}
