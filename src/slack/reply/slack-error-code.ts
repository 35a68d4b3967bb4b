/** Slack's error string from a failed Web API call (`not_in_channel`), if the error carries one. */
export function slackErrorCode(error: unknown): string | undefined {
  const data: unknown = (error as { data?: unknown } | null)?.data;
  const code: unknown = (data as { error?: unknown } | null | undefined)?.error;
  return typeof code === 'string' ? code : undefined;
}
