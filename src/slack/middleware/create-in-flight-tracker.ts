import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Counts requests still being handled, so shutdown (and tests) can wait for them to finish. */
export interface InFlightTracker {
  /** Global middleware; register it first so it wraps every listener. */
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Resolves once no request is being handled (immediately if none is). */
  idle(): Promise<void>;
  readonly count: number;
}

export function createInFlightTracker(): InFlightTracker {
  let count = 0;
  let waiters: (() => void)[] = [];
  const settle = (): void => {
    count -= 1;
    if (count > 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };
  return {
    middleware: async ({ next }) => {
      count += 1;
      try {
        await next();
      } finally {
        settle();
      }
    },
    idle: () => (count === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    get count() {
      return count;
    },
  };
}
