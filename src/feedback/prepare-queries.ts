import type Database from 'better-sqlite3';
import type { FeedbackReport, Vote } from './feedback-store.js';

/** A vote as stored: inputs already checked, sections as JSON, time as ISO text. */
export interface VoteRow {
  userId: string;
  answerKey: string;
  question: string;
  sections: string;
  vote: Vote;
  at: string;
}

export interface UnansweredRow {
  userId: string;
  question: string;
  questionKey: string;
  closest: string;
  at: string;
}

export interface ThreadRow {
  channel: string;
  threadTs: string;
  question: string;
  userId: string | null;
  at: string;
}

/** The store's SQL, prepared once per connection. Every function may throw SqliteError. */
export interface Queries {
  recordVote(row: VoteRow): 'recorded' | 'changed' | 'unchanged';
  recordUnanswered(row: UnansweredRow): void;
  claimWelcome(userId: string, at: string): boolean;
  rememberThread(row: ThreadRow): void;
  threadQuestion(channel: string, threadTs: string): string | undefined;
  report(limit: number): FeedbackReport;
  forget(userId: string): number;
}

export function prepareQueries(db: Database.Database): Queries {
  const findVote = db.prepare<[string, string], { vote: Vote }>(
    'SELECT vote FROM votes WHERE user_id = ? AND answer_key = ?',
  );
  const insertVote = db.prepare<VoteRow>(
    `INSERT INTO votes (user_id, answer_key, question, sections, vote, voted_at)
     VALUES (:userId, :answerKey, :question, :sections, :vote, :at)`,
  );
  const changeVote = db.prepare<VoteRow>(
    'UPDATE votes SET vote = :vote, voted_at = :at WHERE user_id = :userId AND answer_key = :answerKey',
  );
  const insertUnanswered = db.prepare<UnansweredRow>(
    `INSERT INTO unanswered (user_id, question, question_key, closest, asked_at)
     VALUES (:userId, :question, :questionKey, :closest, :at)`,
  );
  const insertWelcome = db.prepare<[string, string]>(
    'INSERT INTO welcomes (user_id, welcomed_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  // The first question of a thread is its context; later replies in it must not replace it.
  const insertThread = db.prepare<ThreadRow>(
    `INSERT INTO threads (channel, thread_ts, question, user_id, remembered_at)
     VALUES (:channel, :threadTs, :question, :userId, :at) ON CONFLICT DO NOTHING`,
  );
  const findThread = db.prepare<[string, string], { question: string }>(
    'SELECT question FROM threads WHERE channel = ? AND thread_ts = ?',
  );
  // Bare title/section columns come from the row holding MAX(voted_at) (SQLite rule for a
  // single min/max aggregate), so a renamed heading shows under its latest name.
  const reportSections = db.prepare<[number], FeedbackReport['sections'][number]>(
    `SELECT json_extract(s.value, '$.url') AS url,
            json_extract(s.value, '$.title') AS title,
            json_extract(s.value, '$.section') AS section,
            SUM(v.vote = 'up') AS up,
            SUM(v.vote = 'down') AS down,
            MAX(v.voted_at) AS lastVotedAt
       FROM votes AS v, json_each(v.sections) AS s
      GROUP BY url
      ORDER BY COUNT(*) DESC, down DESC, url
      LIMIT ?`,
  );
  const reportUnanswered = db.prepare<[number], FeedbackReport['unanswered'][number]>(
    `SELECT question, COUNT(*) AS count, MAX(asked_at) AS lastAsked
       FROM unanswered
      GROUP BY question_key
      ORDER BY count DESC, lastAsked DESC, question_key
      LIMIT ?`,
  );
  const reportTotals = db.prepare<[], FeedbackReport['totals']>(
    `SELECT COUNT(*) AS votes,
            COALESCE(SUM(vote = 'up'), 0) AS up,
            COALESCE(SUM(vote = 'down'), 0) AS down,
            (SELECT COUNT(*) FROM unanswered) AS unanswered
       FROM votes`,
  );
  const deleteByUser = [
    db.prepare<[string]>('DELETE FROM votes WHERE user_id = ?'),
    db.prepare<[string]>('DELETE FROM unanswered WHERE user_id = ?'),
    db.prepare<[string]>('DELETE FROM welcomes WHERE user_id = ?'),
    db.prepare<[string]>('DELETE FROM threads WHERE user_id = ?'),
  ];

  // IMMEDIATE takes the write lock before the read, so a concurrent writer cannot slip in
  // between "what is the current vote" and the write that depends on it.
  const recordVote = db.transaction((row: VoteRow): 'recorded' | 'changed' | 'unchanged' => {
    const current = findVote.get(row.userId, row.answerKey);
    if (current === undefined) {
      insertVote.run(row);
      return 'recorded';
    }
    if (current.vote === row.vote) return 'unchanged';
    changeVote.run(row);
    return 'changed';
  });
  const forget = db.transaction((userId: string): number =>
    deleteByUser.reduce((deleted, statement) => deleted + statement.run(userId).changes, 0),
  );
  // One read transaction so the totals and the lists describe the same moment.
  const report = db.transaction((limit: number): FeedbackReport => ({
    sections: reportSections.all(limit).map(({ url, title, section, up, down }) => ({ url, title, section, up, down })),
    unanswered: reportUnanswered.all(limit).map(({ question, count, lastAsked }) => ({
      question: question.replace(/\s+/gu, ' ').trim(),
      count,
      lastAsked,
    })),
    totals: reportTotals.get() ?? { votes: 0, up: 0, down: 0, unanswered: 0 },
  }));

  return {
    recordVote: (row) => recordVote.immediate(row),
    recordUnanswered: (row) => {
      insertUnanswered.run(row);
    },
    claimWelcome: (userId, at) => insertWelcome.run(userId, at).changes === 1,
    rememberThread: (row) => {
      insertThread.run(row);
    },
    threadQuestion: (channel, threadTs) => findThread.get(channel, threadTs)?.question,
    report: (limit) => report.deferred(limit),
    forget: (userId) => {
      const deleted = forget.immediate(userId);
      // The WAL still holds earlier images of the pages the rows were on; copying them into the
      // file and truncating the WAL removes those. Under a reader it reports busy instead of
      // throwing, and the old images are overwritten by later writes.
      db.pragma('wal_checkpoint(TRUNCATE)');
      return deleted;
    },
  };
}
