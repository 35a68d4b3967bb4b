import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack } from './support/fake-slack.js';
import type { FakeSlack } from './support/fake-slack.js';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'src', 'main.ts');
const BOT_TOKEN = 'xoxb-1111-2222-maintesttoken';
const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';

interface Started {
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
  stdout: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

/**
 * Runs `npm start`'s entry point in a child process with only the given variables (no inherited
 * Slack settings, and a working directory without a .env), as an operator would.
 */
function startMain(cwd: string, env: Record<string, string>, stdin = ''): Started {
  const child = spawn(TSX, [MAIN], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
  return { exited, stdout: () => stdout, kill: (signal) => child.kill(signal) };
}

async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

// Each case starts its own process (a few seconds of TypeScript loading), so they run side by side.
describe.concurrent('main', { timeout: 60_000 }, () => {
  let dir: string;
  let fake: FakeSlack;
  let knowledgeEnv: (name: string) => Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'onboard-main-'));
    // Each case gets its own database and index cache, since they run at the same time.
    knowledgeEnv = (name) => ({
      ONBOARD_KNOWLEDGE: join(ROOT, 'test', 'fixtures', 'knowledge'),
      ONBOARD_CONFIG: join(ROOT, 'knowledge', 'onboard.config.json'),
      ONBOARD_DB: join(dir, `${name}.db`),
      ONBOARD_CACHE: join(dir, `${name}.bin`),
    });
    fake = await startFakeSlack();
  });

  afterAll(async () => {
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 naming a bad variable, without echoing its value', async () => {
    const { code, stderr } = await startMain(dir, { ...knowledgeEnv('bad'), SLACK_BOT_TOKEN: 'xoxp-9999-user-token-value' }).exited;
    expect(code).toBe(1);
    expect(stderr).toBe(
      'Onboard: SLACK_BOT_TOKEN must start with "xoxb-" and contain no spaces; use the Bot User OAuth Token under OAuth & Permissions of your Slack app.\n',
    );
  });

  it('starts the terminal chat without Slack credentials, saying what is missing', async () => {
    const { code, stdout, stderr } = await startMain(dir, knowledgeEnv('chat'), 'how do I get my merge request reviewed?\n').exited;
    expect(code).toBe(0);
    expect(stderr).toContain(
      'Slack is not configured, so Onboard starts the terminal chat. To connect to Slack, set:\n  - SLACK_BOT_TOKEN\n  - SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)\nSee .env.example.\n',
    );
    expect(stdout).toContain('https://about.gitlab.com/handbook/engineering/workflow/code-review/#');
  });

  it('exits 1 with a clear message when Slack refuses the token', async () => {
    // Its own fake, so the refusal cannot reach the test running beside it.
    const refusing = await startFakeSlack();
    refusing.failNext('auth.test', { error: 'invalid_auth' });
    const env = { ...knowledgeEnv('refused'), SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: refusing.apiUrl, PORT: '0' };
    const { code, stderr } = await startMain(dir, env).exited;
    await refusing.close();
    expect(code).toBe(1);
    expect(stderr).toBe('Onboard: Slack did not accept SLACK_BOT_TOKEN (invalid_auth). Check the token and SLACK_API_URL.\n');
  });

  it('serves Slack over HTTP with /healthz, and stops cleanly on SIGTERM', async () => {
    const env = { ...knowledgeEnv('http'), SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' };
    const started = startMain(dir, env);
    const running = await waitFor(
      () => started.stdout().split('\n').map(parseLine).find((line) => line?.msg === 'Onboard is running'),
      'the "Onboard is running" log line',
    );
    expect(running).toMatchObject({ level: 'info', mode: 'http' });
    const health = await fetch(`http://127.0.0.1:${String(running.port)}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', mode: 'http', index: { pages: running.pages, sections: running.sections } });
    expect(running.pages).toBeGreaterThan(0);
    started.kill('SIGTERM');
    const { code, stdout } = await started.exited;
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'http.bin'))).toBe(true);
    expect(stdout).not.toContain(BOT_TOKEN);
    expect(stdout).not.toContain(SIGNING_SECRET);
  });
});

function parseLine(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    // Not every stdout line is a log line (tsx may print warnings).
    return undefined;
  }
}
