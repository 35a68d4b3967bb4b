import type { LogFields } from './create-logger.js';

/**
 * The loggable facts of a thrown value: `Name: message`, the Slack SDK error code and, for
 * Web API errors, Slack's own error string (`channel_not_found`) or the HTTP status.
 * The stack only when asked for (debug level); JSON keeps it on one line either way.
 */
export function describeError(error: unknown, withStack = false): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  const details = error as Error & { code?: unknown; statusCode?: unknown; data?: { error?: unknown } };
  return {
    error: `${error.name}: ${error.message}`,
    code: typeof details.code === 'string' ? details.code : undefined,
    slackError: typeof details.data?.error === 'string' ? details.data.error : undefined,
    status: typeof details.statusCode === 'number' ? details.statusCode : undefined,
    stack: withStack ? error.stack : undefined,
  };
}
