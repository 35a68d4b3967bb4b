import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureAssistant, mention, REVIEW_QUESTION, startTestApp } from '../../support/start-test-app.js';
import type { TestApp } from '../../support/start-test-app.js';

describe('the Slack app when its knowledge folder changes while it runs', () => {
  let app: TestApp;
  let knowledge: string;
  let reviewUrl: string;
  let ts = 0;

  beforeAll(async () => {
    knowledge = mkdtempSync(join(tmpdir(), 'onboard-knowledge-'));
    cpSync('test/fixtures/knowledge', knowledge, { recursive: true });
    const assistant = await buildFixtureAssistant([knowledge]);
    reviewUrl = assistant.answer(REVIEW_QUESTION).sources[0]?.url ?? '';
    app = await startTestApp({ assistant });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(knowledge, { recursive: true, force: true });
  });

  /** Asks the review question and returns the posted answer's blocks. */
  async function ask(): Promise<string> {
    app.reset();
    await app.sendEvent(mention(`1700000600.${String(++ts).padStart(6, '0')}`));
    const posted = app.fake.succeeded('chat.postMessage');
    expect(posted).toHaveLength(1);
    return JSON.stringify(posted[0]?.args.blocks);
  }

  async function health(): Promise<unknown> {
    const response = await fetch(`${app.appUrl}/healthz`);
    expect(response.status).toBe(200);
    const { index } = (await response.json()) as { index: Record<string, unknown> };
    // Age moves with the clock; the rest describes the index, which must not change.
    return { ...index, ageSeconds: undefined };
  }

  it('keeps answering from the index built at start when pages are rewritten, removed, or the folder is deleted', async () => {
    expect(reviewUrl).toContain('code-review');
    const indexAtStart = await health();
    expect(await ask()).toContain(reviewUrl);

    writeFileSync(join(knowledge, 'handbook/engineering/workflow/code-review/index.html.md.erb'), '---\ntitle: Gone\n---\n\nNothing about reviews here any more.\n');
    rmSync(join(knowledge, 'handbook/on-call'), { recursive: true });
    expect(await ask()).toContain(reviewUrl);

    rmSync(knowledge, { recursive: true, force: true });
    expect(await ask()).toContain(reviewUrl);
    expect(await health()).toEqual(indexAtStart);
    expect(app.logs.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
  });
});
