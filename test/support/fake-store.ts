import type { VoteInput } from '../../src/feedback/feedback-store.js';
import type { SlackStore } from '../../src/slack/slack-deps.js';

export interface FakeStore extends SlackStore {
  votes: VoteInput[];
  unanswered: { userId: string; question: string; closest: string[] }[];
  welcomed: Set<string>;
  threads: Map<string, string>;
  /** Makes every call fail as a locked or read-only database would. */
  failing: boolean;
}

/** An in-memory store with the real store's contract (results, never throws). */
export function createFakeStore(): FakeStore {
  const store: FakeStore = {
    votes: [],
    unanswered: [],
    welcomed: new Set(),
    threads: new Map(),
    failing: false,
    recordVote(input) {
      if (store.failing) return { ok: false, error: 'feedback store: database is locked' };
      store.votes.push(input);
      return { ok: true, value: 'recorded' };
    },
    recordUnanswered(input) {
      if (store.failing) return { ok: false, error: 'feedback store: database is locked' };
      store.unanswered.push(input);
      return { ok: true, value: undefined };
    },
    claimWelcome(userId) {
      if (store.failing) return { ok: false, error: 'feedback store: database is locked' };
      const first = !store.welcomed.has(userId);
      store.welcomed.add(userId);
      return { ok: true, value: first };
    },
    rememberThread({ channel, threadTs, question }) {
      if (store.failing) return { ok: false, error: 'feedback store: database is locked' };
      const key = `${channel}:${threadTs}`;
      if (!store.threads.has(key)) store.threads.set(key, question);
      return { ok: true, value: undefined };
    },
    threadQuestion(channel, threadTs) {
      if (store.failing) return { ok: false, error: 'feedback store: database is locked' };
      return { ok: true, value: store.threads.get(`${channel}:${threadTs}`) };
    },
  };
  return store;
}
