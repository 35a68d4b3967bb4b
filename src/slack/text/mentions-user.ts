/** Whether Slack message text contains a live mention of the user (`<@U123>` or `<@U123|name>`). */
export function mentionsUser(text: string, userId: string): boolean {
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}
