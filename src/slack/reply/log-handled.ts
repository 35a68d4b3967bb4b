import type { SlackDeps } from '../slack-deps.js';
import type { ReplyOutcome } from './answer-question.js';

/** Writes the one structured line for an event handled, with its latency since `startedAt`. */
export function logHandled(
  deps: Pick<SlackDeps, 'logger' | 'clock'>,
  event: { type: string; channel?: string; startedAt: number },
  result: ReplyOutcome = {},
): void {
  deps.logger.event({
    type: event.type,
    channel: event.channel,
    latencyMs: Math.round(deps.clock() - event.startedAt),
    confidence: result.confidence,
    outcome: result.outcome,
  });
}
