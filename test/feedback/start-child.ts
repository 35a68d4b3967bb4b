import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A TypeScript fixture script running in its own Node process, talked to by lines. */
export interface Child {
  /** The next line the child printed; rejects with its stderr if it exits first. */
  nextLine(): Promise<string>;
  send(line: string): void;
  /** Resolves with how the child ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * `asUnprivileged`: root ignores file modes, so a root test run starts the child with root's
 * file-permission overrides removed (`setpriv`); unlike switching to another user, the child can
 * still read the checkout wherever it lives.
 */
export function startChild(script: string, args: string[], options: { asUnprivileged?: boolean } = {}): Child {
  const node = [process.execPath, '--import', 'tsx', fileURLToPath(new URL(`../fixtures/feedback/${script}`, import.meta.url)), ...args];
  const dropOverrides = options.asUnprivileged === true && process.getuid?.() === 0;
  const [command, ...commandArgs] = dropOverrides
    ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search', ...node]
    : node;
  const child = spawn(command!, commandArgs, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async nextLine() {
      const next = await lines.next();
      if (next.done === true) {
        const { code, signal } = await exited;
        throw new Error(`${script} exited (code ${code}, signal ${signal}) before printing a line:\n${stderr}`);
      }
      return next.value;
    },
    send(line) {
      child.stdin.write(`${line}\n`);
    },
    exited,
    kill(signal) {
      child.kill(signal);
    },
  };
}
