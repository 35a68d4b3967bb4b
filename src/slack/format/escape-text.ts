/**
 * Special mentions Slack expands from bare words when a message is posted with `link_names`
 * (or typed by a person). We never set `link_names`, but a word joiner after the `@` keeps
 * them inert even if someone does. No word boundary is required after the word: "@here0" cut short to
 * fit a block would become "@here…", which pings. One is before it, as for `findLiveMentions`: an
 * address such as sales@channelpartner.com pings no one and must copy as it is.
 */
const BARE_SPECIAL_MENTION = /(?<![\w@])@(channel|here|everyone)/gi;
const WORD_JOINER = '\u2060';

/**
 * User or handbook text -> safe mrkdwn text: `&`, `<` and `>` escaped, so `<!channel>`, `<!here>`,
 * `<!everyone>`, `<!subteam^S1>`, `<@U123>` and `<#C1>` can never ping or link.
 *
 * Pass plain text: text that is already escaped is escaped again and shows its entities.
 */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BARE_SPECIAL_MENTION, `@${WORD_JOINER}$1`);
}
