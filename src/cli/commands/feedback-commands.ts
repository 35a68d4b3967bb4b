import { existsSync } from 'node:fs';
import { openFeedbackStore, type FeedbackStore } from '../../feedback/feedback-store.js';
import { formatReport } from '../../feedback/format-report.js';
import { UsageError, type CliIo } from '../cli-io.js';

function openExisting(dbPath: string): FeedbackStore {
  // Reading a report must not create an empty database where the bot never wrote one.
  if (!existsSync(dbPath)) throw new UsageError(`No feedback database at ${dbPath} yet (set ONBOARD_DB or --db to the bot's database file).`);
  return openFeedbackStore(dbPath);
}

/** `report`: votes per section and the most frequent unanswered questions. */
export function printReport(dbPath: string, json: boolean, io: CliIo): number {
  const store = openExisting(dbPath);
  try {
    const report = store.report({ limit: 20 });
    if (!report.ok) {
      io.stderr.write(`Could not read feedback from ${dbPath}: ${report.error}\n`);
      return 1;
    }
    io.stdout.write(json ? `${JSON.stringify(report.value)}\n` : `${formatReport(report.value)}\n`);
    return 0;
  } finally {
    store.close();
  }
}

/** `forget <user-id>`: deletes everything stored about one Slack user. */
export function forgetUser(dbPath: string, userId: string | undefined, io: CliIo): number {
  if (!userId || !/^[UW][A-Z0-9]{2,}$/.test(userId)) throw new UsageError('Usage: onboard forget <slack-user-id>   (e.g. U0123ABCDEF)');
  const store = openExisting(dbPath);
  try {
    const result = store.forget(userId);
    if (!result.ok) {
      io.stderr.write(`Could not delete data for ${userId}: ${result.error}\n`);
      return 1;
    }
    io.stdout.write(`Deleted ${result.value} rows for ${userId}.\n`);
    return 0;
  } finally {
    store.close();
  }
}
