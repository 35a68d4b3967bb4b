// Interaction payloads Bolt routes by `type`; each names the user who clicked or submitted.
const INTERACTION_TYPES = new Set([
  'block_actions',
  'interactive_message',
  'block_suggestion',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'dialog_submission',
  'dialog_cancellation',
  'dialog_suggestion',
]);

/**
 * Why a signed, parsed request body is not something Slack sends, or undefined when it has the
 * shape of an Events API delivery, a slash command or an interaction. Bolt reads these fields
 * without checking them: a body that lacks one makes it throw (a 500, or an unhandled rejection
 * that ends the process for a JSON `null`) or wait three seconds for an acknowledgement that never
 * comes. Only the fields Bolt and the listeners rely on are checked, so a real payload never fails.
 */
export function describeMalformedBody(body: unknown): string | undefined {
  if (!isRecord(body)) return 'body is not a JSON object';
  if (body.ssl_check === '1' || body.type === 'url_verification') return undefined;
  if ('event' in body) return isRecord(body.event) && isText(body.event.type) ? undefined : 'event without a type';
  if ('command' in body) return describeCommand(body);
  if ('actions' in body || INTERACTION_TYPES.has(String(body.type))) return describeInteraction(body);
  return 'not an event, command or interaction';
}

function describeCommand(body: Record<string, unknown>): string | undefined {
  const missing = ['command', 'user_id', 'channel_id', 'response_url'].find((field) => !isText(body[field]));
  return missing === undefined ? undefined : `slash command without ${missing}`;
}

function describeInteraction(body: Record<string, unknown>): string | undefined {
  if (!isText(body.type)) return 'interaction without a type';
  if (!isRecord(body.user) || !isText(body.user.id)) return 'interaction without a user';
  const needsActions = 'actions' in body || body.type === 'block_actions' || body.type === 'interactive_message';
  if (needsActions && !(Array.isArray(body.actions) && body.actions.length > 0 && body.actions.every(isRecord))) {
    return 'interaction without actions';
  }
  if (body.type.startsWith('view_') && !isRecord(body.view)) return 'interaction without a view';
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
