import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/** What the bot's log said, tallied as it ran. */
export interface LogTally {
  byLevel: Record<string, number>;
  /** `latencyMs` of each `handled` line: from the listener starting to the reply posted. */
  handledLatencies: number[];
  /** `outcome` of `handled` lines that were not plain answers, counted. */
  outcomes: Record<string, number>;
  /** Warning and error lines counted by message. */
  messages: Record<string, number>;
}

export interface RunningBot {
  pid: number;
  port: number;
  log: LogTally;
  /** Resident set size of the bot process now, in bytes. */
  rss(): number;
  /** SIGTERM (the bot finishes what it is handling), then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface BotEnv {
  SLACK_BOT_TOKEN: string;
  SLACK_SIGNING_SECRET: string;
  SLACK_API_URL: string;
  ONBOARD_DB: string;
}

/**
 * Runs `npm start`'s entry point (src/main.ts) in a process of its own, in HTTP mode on a free
 * port, so its memory and event loop are its own and not the load generator's. Resolves once
 * it logs that it is running.
 */
export async function startBot(env: BotEnv, startTimeoutMs = 120_000): Promise<RunningBot> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    // Only what the bot needs: an operator's Slack settings or a .env must not leak in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT, ...env, SLACK_APP_TOKEN: '', PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: LogTally = { byLevel: {}, handledLatencies: [], outcomes: {}, messages: {} };
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`loadtest: the bot did not start within ${startTimeoutMs} ms\n${stderr}`)), startTimeoutMs);
    void exited.then((code) => reject(new Error(`loadtest: the bot exited (code ${code}) before it was running\n${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = parseLine(line);
      if (entry === undefined) return;
      tally(log, entry);
      if (entry.msg === 'Onboard is running' && typeof entry.port === 'number') {
        clearTimeout(timer);
        resolve(entry.port);
      }
    });
  });

  const pid = child.pid ?? 0;
  return {
    pid,
    port,
    log,
    rss: () => readRss(pid),
    async stop(graceMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function parseLine(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    // Not one of the bot's JSON lines (a stray print from a dependency): not counted.
    return undefined;
  }
}

function tally(log: LogTally, entry: Record<string, unknown>): void {
  const level = String(entry.level);
  log.byLevel[level] = (log.byLevel[level] ?? 0) + 1;
  if (level === 'warn' || level === 'error') {
    const message = `${level}: ${String(entry.msg)}`;
    log.messages[message] = (log.messages[message] ?? 0) + 1;
  }
  if (entry.msg !== 'handled') return;
  if (typeof entry.latencyMs === 'number') log.handledLatencies.push(entry.latencyMs);
  if (typeof entry.outcome === 'string') log.outcomes[entry.outcome] = (log.outcomes[entry.outcome] ?? 0) + 1;
}

/** RSS from /proc on Linux, else from `ps` (macOS). */
function readRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    if (kilobytes !== undefined) return Number(kilobytes) * 1024;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024;
}
