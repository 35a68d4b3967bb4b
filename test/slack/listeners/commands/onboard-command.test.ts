import { describe, expect, it } from 'vitest';
import type { RespondArguments } from '@slack/bolt';
import { handleOnboardCommand } from '../../../../src/slack/listeners/commands/onboard-command.js';
import { blocksOf } from '../../../support/fake-client.js';
import { answersFor, buildDeps } from '../../../support/build-deps.js';
import { buildCommandArgs } from '../../../support/build-args.js';
import { highAnswer, noneAnswer } from '../../../support/sample-answers.js';

const QUESTION = 'how do I get my merge request reviewed?';

function responded(respond: { mock: { calls: [string | RespondArguments][] } }): RespondArguments {
  const [message] = respond.mock.calls[0] ?? [];
  if (message === undefined || typeof message === 'string') throw new Error('expected a message object');
  return message;
}

describe('handleOnboardCommand', () => {
  it('acknowledges before answering, then responds ephemerally with a share button', async () => {
    const { deps, assistant } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
    const { args, respond, calls } = buildCommandArgs(QUESTION);
    const answer = assistant.answer.bind(assistant);
    assistant.answer = (question, options) => {
      calls.push('answer');
      return answer(question, options);
    };
    await handleOnboardCommand(args, deps);
    expect(calls).toEqual(['ack', 'answer', 'respond']);
    const message = responded(respond);
    expect(message.response_type).toBe('ephemeral');
    expect(blocksOf(message)).toContain('"action_id":"share_answer"');
    expect(blocksOf(message)).toContain('https://handbook.example.com/engineering/workflow/code-review/');
  });

  it.each(['', 'help'])('shows help for "%s"', async (text) => {
    const { deps, assistant } = buildDeps();
    const { args, respond } = buildCommandArgs(text);
    await handleOnboardCommand(args, deps);
    expect(assistant.asked).toEqual([]);
    expect(responded(respond).text).toContain('Onboard answers questions from the handbook');
  });

  it('lists topics', async () => {
    const { deps } = buildDeps();
    const { args, respond } = buildCommandArgs('topics');
    await handleOnboardCommand(args, deps);
    expect(blocksOf(responded(respond))).toContain('Backend Engineer');
  });

  it('summarises the default role for a bare role', async () => {
    const { deps, assistant } = buildDeps();
    const requested: (string | undefined)[] = [];
    const role = assistant.role.bind(assistant);
    assistant.role = (name) => {
      requested.push(name);
      return role(name);
    };
    const { args, respond } = buildCommandArgs('role');
    await handleOnboardCommand(args, deps);
    expect(requested).toEqual([undefined]);
    expect(blocksOf(responded(respond))).toContain('https://handbook.example.com/job-families/backend-engineer/');
  });

  it('summarises a named role', async () => {
    const { deps } = buildDeps();
    const { args, respond } = buildCommandArgs('role data scientist');
    await handleOnboardCommand(args, deps);
    expect(JSON.stringify(responded(respond))).toContain('data scientist');
  });

  it('records a question it cannot answer', async () => {
    const { deps, store } = buildDeps({ answers: answersFor(noneAnswer(QUESTION)) });
    await handleOnboardCommand(buildCommandArgs(QUESTION).args, deps);
    expect(store.unanswered).toEqual([{ userId: 'U123ASKER', question: QUESTION, closest: ['https://handbook.example.com/offices/'] }]);
  });

  it('responds with an apology when answering fails', async () => {
    const { deps, assistant, handled } = buildDeps();
    assistant.answer = () => {
      throw new Error('index not loaded');
    };
    const { args, ack, respond } = buildCommandArgs(QUESTION);
    await handleOnboardCommand(args, deps);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(responded(respond).text).toBe("Sorry, something went wrong. I couldn't look that up just now. Please try again in a minute.");
    expect(handled()).toEqual([expect.objectContaining({ type: 'command:ask', outcome: 'failed:answer' })]);
  });

  it('logs a response URL that fails', async () => {
    const { deps, logs } = buildDeps({ answers: answersFor(highAnswer(QUESTION)) });
    const { args, respond } = buildCommandArgs(QUESTION);
    respond.mockRejectedValueOnce(new Error('Failed to respond to the response_url: 404 Not Found'));
    await handleOnboardCommand(args, deps);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'error', msg: 'responding to /onboard failed' }));
  });

  it('passes the question as plain text', async () => {
    const { deps, assistant } = buildDeps();
    await handleOnboardCommand(buildCommandArgs('what is R&amp;D &lt;budget&gt;?').args, deps);
    expect(assistant.asked[0]?.question).toBe('what is R&D <budget>?');
  });
});
