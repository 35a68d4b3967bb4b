import { LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from './create-logger.js';
import { describeError } from './describe-error.js';

/**
 * Adapts our logger to the interface Bolt and the Web API client log through, so their
 * messages come out as the same one-line JSON (and get the same redaction) as ours.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  let name = 'bolt';
  const join = (parts: unknown[]): { message: string; error?: unknown } => {
    const error = parts.find((part) => part instanceof Error);
    const message = parts
      .filter((part) => part !== error)
      .map((part) => (typeof part === 'string' ? part : safeStringify(part)))
      .join(' ');
    return { message, error };
  };
  return {
    debug: (...parts: unknown[]) => logger.debug(join(parts).message, { source: name }),
    info: (...parts: unknown[]) => logger.info(join(parts).message, { source: name }),
    warn: (...parts: unknown[]) => {
      const { message, error } = join(parts);
      logger.warn(message, { source: name, ...(error === undefined ? {} : describeError(error)) });
    },
    error: (...parts: unknown[]) => {
      const { message, error } = join(parts);
      logger.error(message, error, { source: name });
    },
    // Our logger's level is fixed at start from LOG_LEVEL; Bolt only reads it back.
    setLevel: () => undefined,
    getLevel: () => toBoltLevel(logger.level),
    setName: (next: string) => {
      name = next;
    },
  };
}

function toBoltLevel(level: Logger['level']): LogLevel {
  const levels = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;
  return levels[level];
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Circular structures (sockets, requests) are summarised rather than crash the log call.
    return Object.prototype.toString.call(value);
  }
}
