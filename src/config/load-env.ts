import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'dotenv';
import type { EnvSource } from './parse-config.js';

/**
 * The environment Onboard runs with: variables from `<cwd>/.env` (when the file exists)
 * overlaid by the real environment, which wins, as with dotenv's default. Returns a new
 * object and leaves `process.env` untouched.
 */
export function loadEnv(options: { cwd: string; processEnv: EnvSource }): Record<string, string | undefined> {
  return { ...readEnvFile(join(options.cwd, '.env')), ...options.processEnv };
}

function readEnvFile(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // No .env is the normal case in production (variables come from the service manager).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`Onboard: cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parse(text);
}
