import type { Assistant } from './assistant.js';

/** Misspelt on purpose: words the index does not know take the fuzzy-matching path, the slowest to warm. */
const MISSPELT_QUESTION = 'how do i reveiw a merge requst for the gitlab developmnt kit';

/** What a start warms up with: the knowledge config's example questions and one misspelt question. */
export function warmUpQuestions(examples: readonly string[]): string[] {
  return [...examples, MISSPELT_QUESTION];
}

/**
 * Answers a few questions right after a start, one per turn of the event loop, so that the first
 * questions people ask run in code V8 has already optimised: a fresh process answers its first
 * questions several times slower (up to tens of milliseconds each on the full corpus), which is
 * most of the answer p99. A real question that arrives meanwhile waits for one warm-up answer at most.
 * Resolves to the milliseconds it took.
 */
export async function warmUp(assistant: Pick<Assistant, 'answer'>, questions: readonly string[]): Promise<number> {
  const started = performance.now();
  for (const question of questions) {
    await new Promise((resolve) => setImmediate(resolve));
    assistant.answer(question);
  }
  return performance.now() - started;
}
