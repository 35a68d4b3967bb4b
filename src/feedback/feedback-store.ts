import { unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeStoreError } from './describe-store-error.js';
import { normalizeQuestion } from './normalize-question.js';
import { isSameFile, openConnection, readFileIdentity, WAL_SUFFIXES, type Connection } from './open-connection.js';
import type { Queries } from './prepare-queries.js';

export type Vote = 'up' | 'down';

export interface VoteInput {
  /** Slack user id. */
  userId: string;
  /** Identifies the answered message, e.g. `${channel}:${messageTs}`. */
  answerKey: string;
  question: string;
  /** The answer's sources. */
  sections: { title: string; section: string; url: string }[];
  vote: Vote;
  /** Default now. */
  at?: Date;
}

export type StoreResult<T = void> = { ok: true; value: T } | { ok: false; error: string };

export interface FeedbackStore {
  /** One vote per (user, answerKey): clicking again replaces the vote (value: 'recorded'|'changed'|'unchanged'). Never throws. */
  recordVote(input: VoteInput): StoreResult<'recorded' | 'changed' | 'unchanged'>;
  recordUnanswered(input: { userId: string; question: string; closest: string[]; at?: Date }): StoreResult;
  /** true the first time for this user, false after. */
  claimWelcome(userId: string): StoreResult<boolean>;
  /**
   * Remembers the first question of a thread the bot answered; later calls for the same thread
   * keep the first question. Pass `userId` (who asked) so `forget` can remove it too.
   */
  rememberThread(input: { channel: string; threadTs: string; question: string; userId?: string }): StoreResult;
  threadQuestion(channel: string, threadTs: string): StoreResult<string | undefined>;
  /** Aggregates; `limit` (default 20) caps each list. */
  report(options?: { limit?: number }): StoreResult<FeedbackReport>;
  /** Deletes everything stored about the user; value = rows deleted. */
  forget(userId: string): StoreResult<number>;
  /** Closes the database; later calls return `{ ok: false }`. Safe to call twice. */
  close(): void;
}

export interface FeedbackReport {
  /** Most votes first (then most down-votes, then URL). */
  sections: { url: string; title: string; section: string; up: number; down: number }[];
  /** Most frequent first, questions normalised (case/space) for counting; shows the latest wording. */
  unanswered: { question: string; count: number; lastAsked: string }[];
  totals: { votes: number; up: number; down: number; unanswered: number };
}

export interface FeedbackStoreOptions {
  /**
   * How long a call waits for another process's write lock before returning `{ ok: false }`,
   * in milliseconds. better-sqlite3 is synchronous, so the wait blocks the event loop: keep it
   * short. Default 1000.
   */
  busyTimeoutMs?: number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 1000;
export const DEFAULT_REPORT_LIMIT = 20;

/**
 * Opens (creating it and its directories if needed) the SQLite feedback database at `path`.
 * Throws only when the file cannot be opened or created at all, with a message naming it.
 * A lock or read-only file at start-up is not fatal: calls report it until it clears.
 */
export function openFeedbackStore(path: string, options: FeedbackStoreOptions = {}): FeedbackStore {
  const file = resolve(path);
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  let connection = openFirstConnection(file, busyTimeoutMs);
  let closed = false;

  const replacedMessage = `feedback store: ${file} was deleted or replaced while open; it is reopened on the next call`;

  function run<T>(mode: 'read' | 'write', operation: (queries: Queries) => T): StoreResult<T> {
    if (closed) return fail('feedback store: closed');
    try {
      if (connection !== undefined && !isSameFile(readFileIdentity(file), connection.files.database)) {
        dropConnection(connection, true);
        return fail(replacedMessage);
      }
      connection ??= openConnection(file, busyTimeoutMs);
      const value = operation(connection.queries);
      // The write may have gone to a file that was unlinked between the check and the commit.
      if (mode === 'write' && !isSameFile(readFileIdentity(file), connection.files.database)) {
        dropConnection(connection, true);
        return fail(replacedMessage);
      }
      return { ok: true, value };
    } catch (error) {
      const problem = describeStoreError(error, file);
      if (problem.reconnect && connection !== undefined) dropConnection(connection, false);
      return fail(problem.message);
    }
  }

  function dropConnection(current: Connection, fileWasReplaced: boolean): void {
    connection = undefined;
    try {
      // Moves committed votes into the file the connection still holds (renamed elsewhere, or
      // deleted), so the -wal left at the path cannot be replayed into the new file there.
      if (fileWasReplaced) current.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      current.db.close();
      if (fileWasReplaced) removeOwnWalFiles(file, current);
    }
  }

  // Rows are built inside run() so even a malformed input (say, a question that is not a
  // string) comes back as { ok: false } rather than an exception.
  return {
    recordVote(input) {
      const invalid =
        checkText('userId', input.userId) ?? checkText('answerKey', input.answerKey) ?? checkVote(input.vote) ?? checkDate(input.at);
      if (invalid !== undefined) return fail(invalid);
      return run('write', (queries) =>
        queries.recordVote({
          userId: input.userId,
          answerKey: input.answerKey,
          question: input.question.trim(),
          sections: JSON.stringify(uniqueByUrl(input.sections)),
          vote: input.vote,
          at: (input.at ?? new Date()).toISOString(),
        }),
      );
    },
    recordUnanswered(input) {
      const invalid = checkText('userId', input.userId) ?? checkText('question', input.question) ?? checkDate(input.at);
      if (invalid !== undefined) return fail(invalid);
      return run('write', (queries) =>
        queries.recordUnanswered({
          userId: input.userId,
          question: input.question.trim(),
          questionKey: normalizeQuestion(input.question),
          closest: JSON.stringify(input.closest),
          at: (input.at ?? new Date()).toISOString(),
        }),
      );
    },
    claimWelcome(userId) {
      const invalid = checkText('userId', userId);
      if (invalid !== undefined) return fail(invalid);
      return run('write', (queries) => queries.claimWelcome(userId, new Date().toISOString()));
    },
    rememberThread(input) {
      const invalid = checkText('channel', input.channel) ?? checkText('threadTs', input.threadTs);
      if (invalid !== undefined) return fail(invalid);
      return run('write', (queries) =>
        queries.rememberThread({
          channel: input.channel,
          threadTs: input.threadTs,
          question: input.question.trim(),
          userId: input.userId ?? null,
          at: new Date().toISOString(),
        }),
      );
    },
    threadQuestion(channel, threadTs) {
      return run('read', (queries) => queries.threadQuestion(channel, threadTs));
    },
    report(options = {}) {
      const limit = options.limit ?? DEFAULT_REPORT_LIMIT;
      if (!Number.isInteger(limit) || limit < 1) return fail(`feedback store: limit must be a positive integer, got ${limit}`);
      return run('read', (queries) => queries.report(limit));
    },
    forget(userId) {
      const invalid = checkText('userId', userId);
      if (invalid !== undefined) return fail(invalid);
      return run('write', (queries) => queries.forget(userId));
    },
    close() {
      closed = true;
      if (connection === undefined) return;
      const current = connection;
      connection = undefined;
      current.db.close();
    },
  };
}

function openFirstConnection(file: string, busyTimeoutMs: number): Connection | undefined {
  try {
    return openConnection(file, busyTimeoutMs);
  } catch (error) {
    const problem = describeStoreError(error, file);
    // A lock or a read-only file can clear while the bot runs; the first call retries.
    if (problem.transient) return undefined;
    throw new Error(problem.message, { cause: error });
  }
}

/** Deletes the -wal/-shm at the path only if they are still the ones this connection created. */
function removeOwnWalFiles(file: string, retired: Connection): void {
  for (const suffix of WAL_SUFFIXES) {
    const owned = suffix === '-wal' ? retired.files.wal : retired.files.shm;
    if (isSameFile(readFileIdentity(`${file}${suffix}`), owned)) unlinkSync(`${file}${suffix}`);
  }
}

function uniqueByUrl(sections: VoteInput['sections']): VoteInput['sections'] {
  const byUrl = new Map(sections.map(({ title, section, url }) => [url, { title, section, url }]));
  return [...byUrl.values()];
}

function checkText(name: string, value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? undefined : `feedback store: ${name} must be a non-empty string`;
}

function checkVote(vote: unknown): string | undefined {
  return vote === 'up' || vote === 'down' ? undefined : `feedback store: vote must be "up" or "down", got ${JSON.stringify(vote)}`;
}

function checkDate(at: Date | undefined): string | undefined {
  return at === undefined || (at instanceof Date && !Number.isNaN(at.getTime())) ? undefined : 'feedback store: at must be a valid Date';
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
