/** Whether a question to the bot is really a request for help: empty, `help` or `?`. */
export function helpRequested(question: string): boolean {
  return /^(help|\?)?$/i.test(question.trim());
}
