import type { IncomingMessage } from 'node:http';
import { HTTPModuleFunctions } from '@slack/bolt';
import type { BufferedIncomingMessage } from '@slack/bolt';
import { describeMalformedBody } from './describe-malformed-body.js';

/** Why a request to the events endpoint is turned away, and with which status. */
export interface RequestRejection {
  status: 400 | 401 | 413;
  reason: string;
  /** The body was not read to its end, so the connection cannot carry another request. */
  unread?: boolean;
}

export interface ScreenOptions {
  signingSecret: string;
  /** Largest body read, in bytes; a larger one is refused with 413 before its signature is checked. */
  bodyLimitBytes: number;
}

/**
 * Reads, verifies and parses a POST to the events endpoint the way Bolt does, and says why it
 * must be turned away: too large (413), unsigned, wrongly signed or stale (401), not JSON or not
 * shaped like anything Slack sends (400). Undefined means Bolt can take it; the body stays
 * buffered on the request, where Bolt reads it again.
 */
export async function screenSlackRequest(request: IncomingMessage, options: ScreenOptions): Promise<RequestRejection | undefined> {
  let buffered: BufferedIncomingMessage;
  try {
    buffered = await HTTPModuleFunctions.parseAndVerifyHTTPRequest(
      { enabled: true, signingSecret: options.signingSecret, bodyLimit: options.bodyLimitBytes },
      request,
    );
  } catch (error) {
    if (HTTPModuleFunctions.isRawBodyError(error)) {
      if (error.statusCode === 413) return { status: 413, reason: `body over ${options.bodyLimitBytes} bytes`, unread: true };
      return { status: 400, reason: `body could not be read (${error.type})`, unread: true };
    }
    // Bolt's verification messages name the check that failed and never carry the secret.
    return { status: 401, reason: error instanceof Error ? error.message : String(error) };
  }
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    // The parser's message quotes the body, which is not ours to log.
    return { status: 400, reason: 'body is not valid JSON' };
  }
  const problem = describeMalformedBody(body);
  return problem === undefined ? undefined : { status: 400, reason: problem };
}
