import type { Answer } from '../../answer/types.js';
import type { SlackDeps } from '../slack-deps.js';

/** Keeps a question Onboard could not answer (confidence `none`), with the closest sections' URLs. */
export function recordUnanswered(deps: Pick<SlackDeps, 'store' | 'logger'>, userId: string, answer: Answer): void {
  const recorded = deps.store.recordUnanswered({
    userId,
    question: answer.question,
    closest: answer.sources.map((source) => source.url),
  });
  if (!recorded.ok) deps.logger.warn('could not record the unanswered question', { error: recorded.error });
}
