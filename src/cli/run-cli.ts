import { parseArgs } from 'node:util';
import { besideConfig } from '../answer/create-assistant.js';
import { DEFAULT_DB_PATH } from '../config/parse-config.js';
import { UsageError, type CliIo } from './cli-io.js';
import { ask } from './commands/ask.js';
import { checkEvalCommand } from './commands/check-eval.js';
import { runChat } from './commands/chat.js';
import { indexKnowledge } from './commands/index-knowledge.js';
import { forgetUser, printReport } from './commands/feedback-commands.js';
import { runEval } from './commands/run-eval.js';
import { trainDeclineCommand } from './commands/train-decline.js';
import { trainRankerCommand } from './commands/train-ranker.js';
import { loadAssistant } from './load-assistant.js';

export const USAGE = `Usage: onboard <command> [options]

Commands:
  ask "question"        answer one question (--json for the JSON object;
                        --json without a question reads one question per stdin line)
  chat                  interactive terminal chat
  index                 build the index and report files, sections and skipped files
  eval FILE.jsonl...    measure answer quality on an eval set: metrics and misses
                        (--json for metrics only; several files: a table, no misses)
  check-eval FILE.jsonl...
                        check new eval files against the knowledge: every
                        expected page indexed, its section there, the phrase
                        verbatim in it (exit 1 on any problem)
  train-ranker FILE.jsonl...
                        learn the page ranker from eval sets (writes ranker.json
                        beside the config)
  train-decline FILE.jsonl...
                        learn which questions to decline from eval sets (writes
                        decline.json beside the config)
  report                votes per section and the most frequent unanswered questions
  forget USER_ID        delete everything stored about a Slack user

Options:
  --knowledge DIR       a folder of markdown to use instead of knowledge/ (repeatable)
  --config FILE         the knowledge config (default knowledge/onboard.config.json)
  --cache FILE          the index cache (default $ONBOARD_CACHE, else one file per knowledge set in .cache/)
  --no-cache            build the index in memory, neither reading nor writing a cache
  --db FILE             the feedback database (default $ONBOARD_DB or data/onboard.db)
  --json                machine-readable output
  -h, --help            this help`;

/** Runs one CLI invocation; returns the exit code. Errors a user can fix print one line, exit 2. */
export async function runCli(argv: string[], io: CliIo, env: Readonly<Record<string, string | undefined>> = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        knowledge: { type: 'string', multiple: true },
        config: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const cache: string | false | undefined = values['no-cache'] ? false : (values.cache ?? env.ONBOARD_CACHE);
  const flags = { knowledge: values.knowledge, config: values.config, json: values.json, cache };
  try {
    switch (command) {
      case 'ask':
        return await ask(await loadAssistant(flags, io), rest, values.json, io);
      case 'chat':
        await runChat(await loadAssistant(flags, io), { input: io.stdin, output: io.stdout });
        return 0;
      case 'index': {
        const started = performance.now();
        const assistant = await loadAssistant({ ...flags, rebuild: true }, io);
        return indexKnowledge(assistant, performance.now() - started, values.json, io);
      }
      case 'eval': {
        if (rest.length === 0) throw new UsageError('Usage: onboard eval FILE.jsonl [FILE.jsonl ...] [--knowledge DIR ...] [--json]');
        return runEval(await loadAssistant(flags, io), rest, values.json, io);
      }
      case 'check-eval':
        if (rest.length === 0) throw new UsageError('Usage: onboard check-eval FILE.jsonl [FILE.jsonl ...] [--knowledge DIR ...]');
        return checkEvalCommand(await loadAssistant(flags, io), rest, io);
      case 'train-ranker':
        if (rest.length === 0) throw new UsageError('Usage: onboard train-ranker FILE.jsonl [FILE.jsonl ...] [--knowledge DIR ...] [--config FILE]');
        return trainRankerCommand(await loadAssistant(flags, io), rest, besideConfig(flags.config, 'ranker.json'), values.json, io);
      case 'train-decline':
        if (rest.length === 0) throw new UsageError('Usage: onboard train-decline FILE.jsonl [FILE.jsonl ...] [--knowledge DIR ...] [--config FILE]');
        return trainDeclineCommand(await loadAssistant(flags, io), rest, besideConfig(flags.config, 'decline.json'), values.json, io);
      case 'report':
        return printReport(values.db ?? env.ONBOARD_DB ?? DEFAULT_DB_PATH, values.json, io);
      case 'forget':
        return forgetUser(values.db ?? env.ONBOARD_DB ?? DEFAULT_DB_PATH, rest[0], io);
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof Error && (error instanceof UsageError || error.message.startsWith('Onboard:'))) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
