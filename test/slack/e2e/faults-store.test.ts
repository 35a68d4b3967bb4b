import { chmodSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/answer/assistant.js';
import { openFeedbackStore } from '../../../src/feedback/feedback-store.js';
import type { RecordedCall } from '../../support/fake-slack.js';
import { buttonBody, FORM } from '../../support/slack-requests.js';
import { buildFixtureAssistant, buttonValue, mention, startTestApp } from '../../support/start-test-app.js';
import type { TestApp } from '../../support/start-test-app.js';

const NOT_RECORDED = "Couldn't record your feedback right now, sorry";
const RECORDED = 'Thanks, noted 👍';
const NOBODY = 65534;
// Root ignores file modes, so as root the clicks on a read-only file are made with nobody's rights.
const asRoot = process.getuid?.() === 0;
const canDropRoot = typeof process.seteuid === 'function';

/** Runs `action` with an unprivileged effective user when the tests run as root. */
async function withoutRoot<T>(action: () => Promise<T>): Promise<T> {
  const { seteuid } = process;
  if (!asRoot || seteuid === undefined) return action();
  seteuid(NOBODY);
  try {
    return await action();
  } finally {
    seteuid(0);
  }
}

let assistant: Assistant | undefined;

describe('the Slack app when the feedback database fails', () => {
  let app: TestApp;
  let ts = 0;
  const nextTs = () => `1700000400.${String(++ts).padStart(6, '0')}`;

  beforeEach(async () => {
    assistant ??= await buildFixtureAssistant();
    // A short lock wait: the store blocks the event loop while it waits.
    app = await startTestApp({ assistant, store: { busyTimeoutMs: 20 } });
  });

  afterEach(async () => {
    await app?.close();
  });

  /** Asks a question and returns the posted answer's 👍 click, ready to send. */
  async function answerAndClick(): Promise<string> {
    await app.sendEvent(mention(nextTs()));
    const answer = app.fake.succeeded('chat.postMessage').at(-1);
    // Any ts names the message: votes are keyed by channel, message ts and voter.
    const message = { ts: '1800000000.000500', text: String(answer?.args.text), blocks: answer?.args.blocks as unknown[] };
    return buttonBody({ actionId: 'feedback_up', value: buttonValue(answer, 'feedback_up'), responseUrl: app.fake.responseUrl('vote'), message });
  }

  async function click(body: string): Promise<void> {
    const response = await app.post(body, FORM);
    expect(response.status).toBe(200);
    await app.slack.idle();
  }

  /** What each chat.update after a click told the voter. */
  function acknowledgements(updates: RecordedCall[] = app.fake.callsTo('chat.update')): string[] {
    return updates.map((call) => (JSON.stringify(call.args.blocks).includes(RECORDED) ? RECORDED : JSON.stringify(call.args.blocks).includes(NOT_RECORDED) ? NOT_RECORDED : 'neither'));
  }

  /** Votes in the database file, read through a connection of its own. */
  function votesInFile(): number {
    const reader = openFeedbackStore(app.dbPath);
    try {
      const report = reader.report();
      if (!report.ok) throw new Error(report.error);
      return report.value.totals.votes;
    } finally {
      reader.close();
    }
  }

  /** A question asked now is answered (posted once) whatever the database is doing. */
  async function expectAnswered(): Promise<void> {
    const before = app.fake.succeeded('chat.postMessage').length;
    await app.sendEvent(mention(nextTs()));
    expect(app.fake.succeeded('chat.postMessage')).toHaveLength(before + 1);
  }

  it('keeps answering and says a vote was not recorded while another process holds the write lock', async () => {
    const vote = await answerAndClick();
    const other = new Database(app.dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      await click(vote);
      await expectAnswered();
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(acknowledgements()).toEqual([NOT_RECORDED]);
    expect(app.logs).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'could not record the feedback vote', error: `feedback store: ${app.dbPath} is locked by another process; try again shortly` }),
    );
    expect(votesInFile()).toBe(0);

    // Once the lock is gone the same click counts.
    await click(vote);
    expect(acknowledgements().at(-1)).toBe(RECORDED);
    expect(votesInFile()).toBe(1);
  });

  it('records a double click and a repeated click as one vote', async () => {
    const vote = await answerAndClick();
    await Promise.all([app.post(vote, FORM), app.post(vote, FORM)]);
    await app.slack.idle();
    await click(vote);
    expect(votesInFile()).toBe(1);
    expect(acknowledgements()).toEqual([RECORDED, RECORDED, RECORDED]);
    expect(app.logs.filter((line) => line.msg === 'handled' && String(line.type).startsWith('action:')).map((line) => line.outcome).sort()).toEqual([
      'vote:recorded',
      'vote:unchanged',
      'vote:unchanged',
    ]);
  });

  it('keeps answering when the database file is deleted, and records votes in a new file', async () => {
    const vote = await answerAndClick();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${app.dbPath}${suffix}`, { force: true });
    await click(vote);
    expect(acknowledgements()).toEqual([NOT_RECORDED]);
    expect(app.logs).toContainEqual(expect.objectContaining({ msg: 'could not record the feedback vote', error: expect.stringContaining('was deleted or replaced while open') }));
    await expectAnswered();
    await click(vote);
    expect(acknowledgements().at(-1)).toBe(RECORDED);
    expect(votesInFile()).toBe(1);
  });

  it.skipIf(asRoot && !canDropRoot)('keeps answering and says votes were not recorded when the database is replaced by a read-only file', async () => {
    const vote = await answerAndClick();
    // An operator restores the file from a backup that comes back read-only.
    const copy = `${app.dbPath}.restored`;
    const db = new Database(app.dbPath);
    db.exec(`VACUUM INTO '${copy}'`);
    db.close();
    chmodSync(app.dir, 0o777);
    chmodSync(copy, 0o444);
    renameSync(copy, app.dbPath);

    await withoutRoot(async () => {
      // The first click finds the file replaced; the second reopens it and finds it read-only.
      await click(vote);
      await click(vote);
      await expectAnswered();
    });
    expect(acknowledgements()).toEqual([NOT_RECORDED, NOT_RECORDED]);
    expect(app.logs.filter((line) => line.msg === 'could not record the feedback vote').map((line) => line.error)).toEqual([
      expect.stringContaining('was deleted or replaced while open'),
      `feedback store: ${app.dbPath} is read-only; check the file's permissions`,
    ]);
    expect(votesInFile()).toBe(0);
  });
});
