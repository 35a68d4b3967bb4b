import type { SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../blocks/index.js';
import { answerMessage, errorMessage, helpMessage, roleMessage, topicsMessage } from '../../blocks/index.js';
import type { ReplyOutcome } from '../../reply/answer-question.js';
import { logHandled } from '../../reply/log-handled.js';
import { recordUnanswered } from '../../reply/record-unanswered.js';
import type { SlackDeps } from '../../slack-deps.js';
import type { OnboardCommand } from '../../text/parse-command.js';
import { parseCommand } from '../../text/parse-command.js';
import { toQuestionText } from '../../text/to-question-text.js';

export type OnboardCommandArgs = Pick<SlackCommandMiddlewareArgs, 'ack' | 'command' | 'respond'>;

/**
 * `/onboard [question | help | topics | role [name]]`. Acknowledged before any work, since
 * Slack gives up after 3 seconds; the reply follows through the response URL, visible only
 * to the asker (answers carry a "Share in channel" button).
 */
export async function handleOnboardCommand({ ack, command, respond }: OnboardCommandArgs, deps: SlackDeps): Promise<void> {
  const startedAt = deps.clock();
  await ack();
  const request = parseCommand(toQuestionText(command.text));
  let reply: { message: SlackMessage; result: ReplyOutcome };
  try {
    reply = buildReply(request, command.user_id, deps);
  } catch (error) {
    deps.logger.error('answering /onboard failed', error, { channel: command.channel_id });
    reply = {
      message: errorMessage("I couldn't look that up just now. Please try again in a minute."),
      result: { outcome: 'failed:answer' },
    };
  }
  try {
    await respond({ response_type: 'ephemeral', ...reply.message });
  } catch (error) {
    deps.logger.error('responding to /onboard failed', error, { channel: command.channel_id });
    reply.result = { ...reply.result, outcome: 'failed:respond' };
  }
  logHandled(deps, { type: `command:${request.kind}`, channel: command.channel_id, startedAt }, reply.result);
}

function buildReply(request: OnboardCommand, userId: string, deps: SlackDeps): { message: SlackMessage; result: ReplyOutcome } {
  switch (request.kind) {
    case 'help':
      return { message: helpMessage(deps.assistant.topics().examples), result: {} };
    case 'topics':
      return { message: topicsMessage(deps.assistant.topics()), result: {} };
    case 'role':
      return { message: roleMessage(deps.assistant.role(request.name)), result: {} };
    case 'ask': {
      const answer = deps.assistant.answer(request.question);
      if (answer.confidence === 'none') recordUnanswered(deps, userId, answer);
      return { message: answerMessage(answer, { shareable: true }), result: { confidence: answer.confidence } };
    }
  }
}
