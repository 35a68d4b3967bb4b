import type { LoadedAssistant } from '../../answer/create-assistant.js';
import { readEvalSet } from '../../eval/eval-set.js';
import { trainRanker } from '../../eval/train-ranker.js';
import { writeJsonFile } from '../../knowledge/json-file.js';
import type { CliIo } from '../cli-io.js';

/** `train-ranker FILE...`: learns the page ranker from eval files over the loaded knowledge and writes it. */
export function trainRankerCommand(assistant: LoadedAssistant, files: string[], path: string, json: boolean, io: CliIo): number {
  const cases = files.flatMap((file) => readEvalSet(file));
  const training = trainRanker(assistant.index, cases);
  const file = {
    $comment: 'Weights of the page features and of the quoted section\'s features listed in src/search/page-ranker.ts, and the counts they read (per topic and per page, how many of the questions it answered and the words they were asked in), learned by `onboard train-ranker` from the eval files below over the knowledge it was run on. Rerun it after changing the knowledge, the config or the features.',
    trainedOn: files,
    questions: { answerable: training.answerable, learnedFrom: training.examples },
    pageHits: { before: training.before, after: training.after },
    sectionsChosen: training.sections,
    weights: training.ranker.weights,
    sectionWeights: training.ranker.sectionWeights,
    topics: training.ranker.topics,
    pages: training.ranker.pages,
  };
  writeJsonFile(path, file);
  if (json) io.stdout.write(`${JSON.stringify({ path, ...file.questions, before: training.before, after: training.after, sections: training.sections, weights: training.ranker.weights, sectionWeights: training.ranker.sectionWeights })}\n`);
  else {
    const { before, after, sections } = training;
    io.stdout.write(
      `Learned from ${training.examples} of ${training.answerable} answerable questions (the others' pages were not among the first ten); wrote ${path}.\n` +
        `On those questions: page hit@1 ${before.hitAt1.toFixed(3)} -> ${after.hitAt1.toFixed(3)}, hit@3 ${before.hitAt3.toFixed(3)} -> ${after.hitAt3.toFixed(3)} (the questions it learned from: measure on others).\n` +
        `The section quoted holds the expected phrase for ${sections.before.toFixed(3)} -> ${sections.after.toFixed(3)} of the ${sections.examples} questions whose expected page has sections that do and sections that do not.\n`,
    );
  }
  return 0;
}
