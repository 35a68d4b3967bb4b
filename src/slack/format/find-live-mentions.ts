/** `<@U…>`, `<#C…>`, `<!here>`, `<!subteam^S…|name>` and other `<!…>` commands. */
const MENTION_TOKEN = /<[@#!][^<>]*>/g;
/** Bare `@here`-style words ping when a message is posted with `link_names`. */
const BARE_SPECIAL_MENTION = /(?<![\w@])@(?:channel|here|everyone)\b/gi;

/**
 * Every piece of text Slack would turn into a mention, channel link or special command, in order.
 * Give it mrkdwn, or a whole message, view or block list: then only what Slack renders is read
 * (every `text` field: the fallback and all text objects), not button values or URLs, which
 * carry data back to us and are never displayed.
 */
export function findLiveMentions(input: string | object): string[] {
  const texts = typeof input === 'string' ? [input] : collectTexts(input);
  return texts.flatMap(findInText);
}

function findInText(text: string): string[] {
  const found = [...text.matchAll(MENTION_TOKEN), ...text.matchAll(BARE_SPECIAL_MENTION)];
  return found.sort((a, b) => a.index - b.index).map((match) => match[0]);
}

function collectTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(collectTexts);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'text' && typeof value === 'string' ? [value] : collectTexts(value),
  );
}
