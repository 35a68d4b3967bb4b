import { vi } from 'vitest';
import type { SlackClient } from '../../src/slack/slack-deps.js';

/** A recording Web API client: posts succeed with increasing ts values unless told to fail. */
export function createFakeClient() {
  let next = 1;
  const ts = (): string => `1700000000.${String(next++).padStart(6, '0')}`;
  const client = {
    chat: {
      postMessage: vi.fn(async (args: Parameters<SlackClient['chat']['postMessage']>[0]) => ({ ok: true, channel: args.channel, ts: ts() })),
      update: vi.fn(async (args: Parameters<SlackClient['chat']['update']>[0]) => ({ ok: true, channel: args.channel, ts: args.ts })),
    },
    views: {
      publish: vi.fn(async (_args: Parameters<SlackClient['views']['publish']>[0]) => ({ ok: true })),
    },
  } satisfies SlackClient;
  return client;
}

/** An error shaped like the Web API client's platform error (`ok: false` from Slack). */
export function slackPlatformError(code: string): Error {
  return Object.assign(new Error(`An API error occurred: ${code}`), { code: 'slack_webapi_platform_error', data: { ok: false, error: code } });
}

/** A sent message's fallback text (the Web API argument types are unions that hide it). */
export function textOf(message: unknown): string | undefined {
  return (message as { text?: string } | undefined)?.text;
}

/** A sent message's blocks (or view) as JSON, for checking what it shows. */
export function blocksOf(message: unknown): string {
  const sent = message as { blocks?: unknown; view?: unknown } | undefined;
  return JSON.stringify(sent?.blocks ?? sent?.view ?? null);
}
