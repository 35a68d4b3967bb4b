import { createAssistant } from './answer/create-assistant.js';
import { warmUp, warmUpQuestions } from './answer/warm-up.js';
import { runChat } from './cli/commands/chat.js';
import { loadEnv } from './config/load-env.js';
import { parseConfig } from './config/parse-config.js';
import { selectSlackMode } from './config/select-slack-mode.js';
import { openFeedbackStore } from './feedback/feedback-store.js';
import { createSlackApp } from './slack/create-slack-app.js';
import { createLogger } from './slack/log/create-logger.js';
import { listSecrets } from './slack/log/list-secrets.js';
import { redactSecrets } from './slack/log/redact-secrets.js';

// `npm start`: Slack when credentials are configured (Socket Mode or HTTP), else the terminal chat.
async function main(): Promise<void> {
  const config = parseConfig(loadEnv({ cwd: process.cwd(), processEnv: process.env }));
  const mode = selectSlackMode(config.slack);
  if (mode.kind === 'none') {
    const missing = mode.missing.map((name) => `  - ${name}\n`).join('');
    process.stderr.write(`Slack is not configured, so Onboard starts the terminal chat. To connect to Slack, set:\n${missing}See .env.example.\n`);
  }
  const logger = createLogger({ level: config.logLevel, secrets: listSecrets(config.slack) });
  const { roots, configPath, cachePath } = config.knowledge;
  const assistant = await createAssistant({
    roots,
    ...(cachePath === undefined ? {} : { cachePath }),
    ...(configPath === undefined ? {} : { configPath }),
    // In the terminal chat, JSON log lines would clutter the conversation; plain warnings go to stderr.
    ...(mode.kind === 'none' ? {} : { onWarning: (message: string) => logger.warn(message) }),
  });
  // In the background, while Slack connects or the first question is typed.
  const warming = warmUp(assistant, warmUpQuestions(assistant.index.config.examples)).catch((error: unknown) => {
    // A question that fails here fails for a user too, who gets the error reply; the start goes on.
    logger.warn('Warm-up failed', { error: error instanceof Error ? error.message : String(error) });
    return undefined;
  });
  if (mode.kind === 'none') {
    await runChat(assistant, { input: process.stdin, output: process.stdout });
    return;
  }
  const store = openFeedbackStore(config.dbPath);
  const slack = createSlackApp({ config, assistant, store, logger });
  const { port } = await slack.start();
  const { pages, sections } = assistant.info();
  logger.info('Onboard is running', { mode: slack.mode, port, pages, sections });
  void warming.then((ms) => ms !== undefined && logger.debug('Warmed up', { ms: Math.round(ms) }));
  const shutdown = (): void => {
    slack.stop().then(
      () => {
        store.close();
        process.exit(0);
      },
      (error: unknown) => fail(error),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  // Messages are ours and name variables, not values; redaction guards against an echoed token anyway.
  process.stderr.write(`${redactSecrets(message)}\n`);
  process.exit(1);
}

main().catch(fail);
