import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFeedbackStore, type FeedbackStore, type FeedbackStoreOptions, type VoteInput } from '../../src/feedback/feedback-store.js';

const directories: string[] = [];
const stores: FeedbackStore[] = [];

/** A fresh directory under the OS temp dir, removed by `cleanUp`. */
export function makeTempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'onboard-feedback-'));
  directories.push(directory);
  return directory;
}

/** A database path in a fresh temp directory (the file does not exist yet). */
export function makeDatabasePath(): string {
  return join(makeTempDir(), 'feedback.db');
}

/** Opens a real store, closed by `cleanUp`. */
export function openTestStore(path: string, options?: FeedbackStoreOptions): FeedbackStore {
  const store = openFeedbackStore(path, options);
  stores.push(store);
  return store;
}

export function cleanUp(): void {
  for (const store of stores.splice(0)) store.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** A vote with realistic values; override what the test is about. */
export function makeVote(overrides: Partial<VoteInput> = {}): VoteInput {
  return {
    userId: 'U01ALICE',
    answerKey: 'C01GENERAL:1700000000.000100',
    question: 'How do I get access to the staging cluster?',
    sections: [{ title: 'Infrastructure', section: 'Staging › Access', url: 'https://handbook.example.com/infrastructure/#access' }],
    vote: 'up',
    at: new Date('2024-05-01T10:00:00.000Z'),
    ...overrides,
  };
}
