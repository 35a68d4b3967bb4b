/** Whether Slack message text mentions any user, i.e. is addressed to someone in particular. */
export function mentionsAnyone(text: string): boolean {
  return /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/.test(text);
}
