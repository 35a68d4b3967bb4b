/** A bounded set of recently seen keys: least recently added dropped first, entries expire after a TTL. */
export interface RecentSet {
  /**
   * Adds the key; returns false if it was already there (and not expired). Check and insert
   * happen in one synchronous step, so two concurrent callers can never both get true.
   */
  add(key: string): boolean;
  readonly size: number;
}

export function createRecentSet(options: { maxSize: number; ttlMs: number; now?: () => number }): RecentSet {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, so its first entry is always the oldest.
  const seen = new Map<string, number>();
  const dropExpired = (time: number): void => {
    for (const [key, addedAt] of seen) {
      if (time - addedAt < options.ttlMs) break;
      seen.delete(key);
    }
  };
  return {
    add(key) {
      const time = now();
      dropExpired(time);
      if (seen.has(key)) return false;
      seen.set(key, time);
      if (seen.size > options.maxSize) {
        const oldest = seen.keys().next();
        if (oldest.done !== true) seen.delete(oldest.value);
      }
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
