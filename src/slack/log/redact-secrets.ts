// Slack token shapes: bot/user/refresh/config tokens (xoxb-, xoxp-, xoxe-...) and app-level tokens (xapp-).
const TOKEN_PATTERN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

/**
 * Replaces Slack tokens and the given secret values with `[redacted]`, so an error message
 * that happens to carry one (a failed request echoing its body, say) never reaches the log.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let result = text;
  // Exact values first: the token pattern stops at characters such as '.', and redacting the
  // front of a token first would leave its tail unmatched.
  for (const secret of secrets) {
    // Short values would redact ordinary words; real secrets are long.
    if (secret.length >= 8) result = result.split(secret).join('[redacted]');
  }
  return result.replace(TOKEN_PATTERN, '[redacted]');
}
