import type { Answer } from '../../src/answer/types.js';
import type { ChannelReplies } from '../../src/config/config.js';
import { createLogger } from '../../src/slack/log/create-logger.js';
import type { SlackDeps } from '../../src/slack/slack-deps.js';
import { createFakeAssistant } from './fake-assistant.js';
import type { FakeAssistant } from './fake-assistant.js';
import { createFakeStore } from './fake-store.js';
import type { FakeStore } from './fake-store.js';

export interface TestDeps {
  deps: SlackDeps;
  assistant: FakeAssistant;
  store: FakeStore;
  /** Parsed log lines, in order. */
  logs: Record<string, unknown>[];
  /** The `handled` lines only. */
  handled: () => Record<string, unknown>[];
}

/** Listener dependencies with fakes: answers by question, in-memory store, captured logs, a fixed clock. */
export function buildDeps(
  options: { answers?: Record<string, Answer>; channelReplies?: ChannelReplies; welcomeChannels?: string[] } = {},
): TestDeps {
  const logs: Record<string, unknown>[] = [];
  const assistant = createFakeAssistant(options.answers);
  const store = createFakeStore();
  let time = 1000;
  const deps: SlackDeps = {
    assistant,
    store,
    logger: createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) }),
    settings: {
      channelReplies: options.channelReplies ?? { mode: 'questions' },
      welcomeChannels: options.welcomeChannels ?? [],
    },
    // Each reading advances 5 ms, so latencies are deterministic and non-zero.
    clock: () => (time += 5),
  };
  return { deps, assistant, store, logs, handled: () => logs.filter((line) => line.msg === 'handled') };
}

/** Wraps answers keyed by their own question. */
export function answersFor(...answers: Answer[]): Record<string, Answer> {
  return Object.fromEntries(answers.map((answer) => [answer.question, answer]));
}
