import type { SlackMessage } from './slack-message.js';
import { context, section } from './block-kit.js';
import { escapeText } from '../format/escape-text.js';
import { truncateText } from '../format/truncate-text.js';
import { ONBOARD_LIMITS } from './limits.js';

const APOLOGY = 'Sorry, something went wrong.';
const DEFAULT_NEXT_STEP = 'Please try again in a minute.';

/**
 * "Sorry, something went wrong." followed by `text`, which should say what happened and what to
 * do next ("I couldn't load the handbook index. Please try again in a minute."). Escaped: it may
 * quote user input. Empty text falls back to a generic next step.
 */
export function errorMessage(text: string): SlackMessage {
  const detail = text.trim() === '' ? DEFAULT_NEXT_STEP : text.trim();
  const escaped = escapeText(truncateText(detail, ONBOARD_LIMITS.fallbackText));
  return {
    text: `${APOLOGY} ${escaped}`,
    blocks: [
      section(`:warning: *${APOLOGY}* ${escaped}`),
      context(['If it keeps happening, let the team that runs Onboard know.']),
    ],
  };
}
