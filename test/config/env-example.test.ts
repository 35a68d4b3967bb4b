import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_NAMES } from '../../src/config/onboard-env.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { parse } from 'dotenv';

describe('.env.example', () => {
  const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');

  it('lists exactly the documented variables, in order', () => {
    const listed = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]);
    expect(listed).toEqual([...ENV_NAMES]);
  });

  it('parses as a valid configuration', () => {
    expect(() => parseConfig(parse(text))).not.toThrow();
  });
});
