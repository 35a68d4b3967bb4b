import type { OutOfReachConfig } from '../knowledge/knowledge-config.js';

/**
 * The kind of unanswerable question this is, if the knowledge config recognises it: a handbook
 * documents how things work, never a password, a live price or who your buddy is, however many
 * of the question's words its pages happen to use.
 */
export function findOutOfReach(question: string, kinds: readonly OutOfReachConfig[]): OutOfReachConfig | undefined {
  const plain = question.normalize('NFKC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  return kinds.find((kind) => kind.patterns.some((pattern) => pattern.test(plain)));
}
