import type { Confidence } from '../../answer/types.js';
import type { LogLevelName } from '../../config/config.js';
import { LOG_LEVELS } from '../../config/config.js';
import { describeError } from './describe-error.js';
import { redactSecrets } from './redact-secrets.js';

/** Extra structured fields of a log line. Values must be JSON-serialisable. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** The one line written per Slack event handled. */
export interface HandledEvent {
  /** The surface: `app_mention`, `message`, `command`, `action:feedback_up`, `app_home_opened`... */
  type: string;
  channel?: string;
  latencyMs: number;
  /** Confidence of the answer given, when one was. */
  confidence?: Confidence;
  /** What was done when it was not a plain answer: `ignored:bot`, `skipped:low-confidence`, `failed`... */
  outcome?: string;
}

/** A small structured logger: one JSON object per line, secrets redacted. */
export interface Logger {
  readonly level: LogLevelName;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, error?: unknown, fields?: LogFields): void;
  event(handled: HandledEvent): void;
}

export interface LoggerOptions {
  level: LogLevelName;
  /** Receives each finished line without the newline; defaults to stdout. */
  write?: (line: string) => void;
  /** Exact values to redact besides anything shaped like a Slack token (e.g. the signing secret). */
  secrets?: readonly string[];
  now?: () => Date;
}

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const threshold = LOG_LEVELS.indexOf(options.level);
  const log = (level: LogLevelName, message: string, fields: LogFields = {}): void => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    const line = JSON.stringify({ time: now().toISOString(), level, msg: message, ...fields });
    write(redactSecrets(line, options.secrets));
  };
  return {
    level: options.level,
    debug: (message, fields) => log('debug', message, fields),
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, error, fields) =>
      log('error', message, { ...(error === undefined ? {} : describeError(error, options.level === 'debug')), ...fields }),
    event: (handled) => log('info', 'handled', { ...handled }),
  };
}
