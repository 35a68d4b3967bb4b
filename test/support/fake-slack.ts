import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake answered a call. */
export type CallOutcome = 'ok' | 'failed' | 'hung' | 'dropped';

/** One request that reached the fake: a Web API method, or a post to a response URL. */
export interface RecordedCall {
  /** `chat.postMessage`, `views.publish`... or `response_url` for posts to a response URL. */
  method: string;
  /** Form fields (JSON-valued ones such as `blocks` parsed) or the JSON body of a response-URL post. */
  args: Record<string, unknown>;
  /** Whether a bearer token came with the call. */
  authorized: boolean;
  /** The response URL's id, for `response_url` calls. */
  responseId?: string;
  /** `ok` when the call succeeded, so it took effect (a message posted); anything else did not. */
  outcome: CallOutcome;
  /** `Date.now()` when the request arrived. */
  at: number;
}

/**
 * A scripted failure for one call:
 * - `{ status }`: that HTTP status (with `Retry-After` when `retryAfterSeconds` is given, as Slack sends with 429);
 * - `{ error }`: HTTP 200 with `ok: false` and that Slack error string;
 * - `{ hang: true }`: never answers; the connection stays open until the client gives up or the fake closes;
 * - `{ drop: true }`: closes the connection without answering.
 */
export type Failure =
  | { status: number; retryAfterSeconds?: number }
  | { error: string }
  | { hang: true }
  | { drop: true };

export interface FakeSlack {
  /** Base URL to use as `SLACK_API_URL`. */
  apiUrl: string;
  /** A response URL served by the fake, as Slack puts in commands and actions. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Calls to `method` that succeeded: for `chat.postMessage`, the messages actually posted. */
  succeeded(method: string): RecordedCall[];
  /** The next call to `method` fails as scripted; several calls queue up in order. */
  failNext(method: string, failure: Failure): void;
  /** Stops listening and closes open connections, so new calls are refused (ECONNREFUSED). */
  refuseConnections(): Promise<void>;
  /** Listens again on the same port after {@link refuseConnections}. */
  acceptConnections(): Promise<void>;
  close(): Promise<void>;
}

export const FAKE_BOT = { userId: 'UBOT', botId: 'B0ONBOARD1', teamId: 'T0TEAM0001' } as const;

// Fields the Web API client sends JSON-encoded inside the form.
const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata']);

/**
 * A local stand-in for the Slack Web API and response URLs: records every call and answers
 * like Slack does (`{ ok: true, channel, ts }`, `auth.test` with the bot's ids), or fails
 * as scripted with {@link FakeSlack.failNext}.
 */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, Failure[]>();
  let sequence = 0;
  const nextTs = (): string => `1800000000.${String(++sequence).padStart(6, '0')}`;

  const server = createServer((request, response) => {
    const at = Date.now();
    void readBody(request).then(
      (body) => {
        const path = new URL(request.url ?? '/', 'http://fake').pathname;
        const authorized = /^Bearer \S+/.test(request.headers.authorization ?? '');
        const responseMatch = /^\/respond\/([^/]+)$/.exec(path);
        const method = responseMatch === null ? path.replace(/^\/api\//, '') : 'response_url';
        const failure = failures.get(method)?.shift();
        const outcome = outcomeOf(failure);
        if (responseMatch !== null) {
          calls.push({ method, args: parseJson(body), authorized, responseId: responseMatch[1], outcome, at });
          return reply(response, failure, () => ({ ok: true }), true);
        }
        const args = parseForm(body, request.headers['content-type']);
        calls.push({ method, args, authorized, outcome, at });
        return reply(response, failure, () => answerMethod(method, args, nextTs));
      },
      // The client went away mid-body (it timed out, say): nothing to answer.
      () => response.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const stopListening = (): Promise<void> =>
    new Promise((resolve, reject) => {
      server.close((error) => (error === undefined ? resolve() : reject(error)));
      server.closeAllConnections();
    });

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    succeeded: (method) => calls.filter((call) => call.method === method && call.outcome === 'ok'),
    failNext(method, failure) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    refuseConnections: stopListening,
    acceptConnections: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: () => (server.listening ? stopListening() : Promise.resolve()),
  };
}

function outcomeOf(failure: Failure | undefined): CallOutcome {
  if (failure === undefined) return 'ok';
  if ('hang' in failure) return 'hung';
  if ('drop' in failure) return 'dropped';
  return 'failed';
}

function answerMethod(method: string, args: Record<string, unknown>, nextTs: () => string): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'onboard', team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId };
    case 'chat.postMessage': {
      const ts = nextTs();
      return { ok: true, channel: args.channel, ts, message: { type: 'message', text: args.text, ts, bot_id: FAKE_BOT.botId } };
    }
    case 'chat.update':
      return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
    case 'views.publish':
      return { ok: true, view: { id: 'V0HOME0001', type: 'home' } };
    default:
      return { ok: true };
  }
}

function reply(response: ServerResponse, failure: Failure | undefined, success: () => Record<string, unknown>, plain = false): void {
  if (failure !== undefined && 'hang' in failure) return;
  if (failure !== undefined && 'drop' in failure) {
    response.socket?.destroy();
    return;
  }
  if (failure !== undefined && 'status' in failure) {
    const retryAfter = failure.retryAfterSeconds === undefined ? {} : { 'retry-after': String(failure.retryAfterSeconds) };
    response.writeHead(failure.status, { 'content-type': 'text/plain', ...retryAfter });
    response.end('upstream failure');
    return;
  }
  const body = failure === undefined ? success() : { ok: false, error: failure.error };
  // Response URLs answer with plain "ok"; the Web API always with JSON.
  response.writeHead(200, { 'content-type': plain ? 'text/plain' : 'application/json' });
  response.end(plain ? 'ok' : JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseForm(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json') === true) return parseJson(body);
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return args;
}

function parseJson(body: string): Record<string, unknown> {
  return body === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
}
