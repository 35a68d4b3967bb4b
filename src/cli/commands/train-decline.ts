import { findAnswer } from '../../answer/answer-question.js';
import type { LoadedAssistant } from '../../answer/create-assistant.js';
import { readEvalSet } from '../../eval/eval-set.js';
import { trainDecline } from '../../eval/train-decline.js';
import { writeJsonFile } from '../../knowledge/json-file.js';
import type { CliIo } from '../cli-io.js';

/**
 * `train-decline FILE...`: learns the decline model from eval files and writes it. The knowledge is
 * asked each question (without a decline model) for what the model reads beside the question's words:
 * how much of the question the answer found leaves unsaid, and whether it is unsure, for the lower
 * threshold those get.
 */
export function trainDeclineCommand(assistant: LoadedAssistant, files: string[], path: string, json: boolean, io: CliIo): number {
  const cases = files.flatMap((file) => readEvalSet(file));
  const found = (question: string) => {
    const answer = findAnswer(assistant.index, question);
    return 'answer' in answer ? undefined : answer;
  };
  const { model, questions, crossValidated } = trainDecline(cases, { found });
  // Heaviest first: the top of the file reads as what marks a question no handbook answers.
  const weights = Object.fromEntries([...model.weights].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
  writeJsonFile(path, {
    $comment: 'A question classifier (src/answer/decline-model.ts) learned by `onboard train-decline` from the eval files below: the bot declines a question whose probability is above the threshold, or above the unsure threshold where its answer is unsure. Rerun it after adding labelled questions or changing the knowledge.',
    trainedOn: files,
    questions,
    crossValidated,
    bias: model.bias,
    threshold: model.threshold,
    unsureThreshold: model.unsureThreshold,
    weights,
  });
  if (json) io.stdout.write(`${JSON.stringify({ path, questions, crossValidated, threshold: model.threshold, unsureThreshold: model.unsureThreshold, features: model.weights.size })}\n`);
  else {
    io.stdout.write(
      `Learned from ${questions.answerable} answerable and ${questions.unanswerable} unanswerable questions; wrote ${path} (threshold ${model.threshold}, ${model.unsureThreshold} where the answer is unsure).\n` +
        `Cross-validated (${crossValidated.folds} folds): declines ${crossValidated.declined.toFixed(3)} of the unanswerable questions and ${crossValidated.wronglyDeclined.toFixed(3)} of the answerable ones, before the config's outOfReach patterns.\n`,
    );
  }
  return 0;
}
