import { isHttpUrl } from '../format/is-http-url.js';
import { ONBOARD_LIMITS, SLACK_LIMITS } from './limits.js';
import { FEEDBACK_URL_MAX, FEEDBACK_VALUE_VERSION } from './feedback-value.js';
import type { FeedbackSection, FeedbackValue } from './feedback-value.js';

/**
 * Reads a feedback button's `value` back. Anything that `encodeFeedbackValue` could not have
 * produced — not JSON, wrong shape or version, too long, a non-http(s) URL — yields `undefined`.
 */
export function decodeFeedbackValue(value: string): FeedbackValue | undefined {
  if (value.length > SLACK_LIMITS.buttonValue) return undefined;
  const parsed = parseJson(value);
  if (!isRecord(parsed) || parsed.v !== FEEDBACK_VALUE_VERSION || Object.keys(parsed).length !== 3) return undefined;
  const { q: question, s: rawSections } = parsed;
  if (!isText(question, ONBOARD_LIMITS.echoedQuestion) || question.trim() === '') return undefined;
  if (!Array.isArray(rawSections) || rawSections.length > ONBOARD_LIMITS.feedbackSections) return undefined;
  const sections = rawSections.map(decodeSection);
  if (!sections.every((s): s is FeedbackSection => s !== undefined)) return undefined;
  return { question, sections };
}

function decodeSection(raw: unknown): FeedbackSection | undefined {
  if (!Array.isArray(raw) || raw.length !== 3) return undefined;
  const [title, section, url] = raw as unknown[];
  if (!isText(title, ONBOARD_LIMITS.label) || !isText(section, ONBOARD_LIMITS.label)) return undefined;
  if (!isText(url, FEEDBACK_URL_MAX) || !isHttpUrl(url)) return undefined;
  return { title, section, url };
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    // Not JSON means not ours; the caller treats it like any other tampered value.
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}
