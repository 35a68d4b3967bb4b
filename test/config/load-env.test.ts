import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/load-env.js';

describe('loadEnv', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'onboard-env-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads .env and lets the real environment win', () => {
    writeFileSync(join(dir, '.env'), 'PORT=4000\nLOG_LEVEL=debug\n# a comment\nONBOARD_DB="data/test.db"\n');
    expect(loadEnv({ cwd: dir, processEnv: { PORT: '5000' } })).toEqual({ PORT: '5000', LOG_LEVEL: 'debug', ONBOARD_DB: 'data/test.db' });
  });

  it('works without a .env file', () => {
    expect(loadEnv({ cwd: dir, processEnv: { PORT: '5000' } })).toEqual({ PORT: '5000' });
  });

  it('leaves the given environment untouched', () => {
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=debug\n');
    const processEnv = { PORT: '5000' };
    loadEnv({ cwd: dir, processEnv });
    expect(processEnv).toEqual({ PORT: '5000' });
  });
});
