import { truncateText } from '../format/truncate-text.js';
import { isHttpUrl } from '../format/is-http-url.js';
import { ONBOARD_LIMITS, SLACK_LIMITS } from './limits.js';
import { FEEDBACK_URL_MAX, FEEDBACK_VALUE_VERSION } from './feedback-value.js';
import type { FeedbackValue } from './feedback-value.js';

/**
 * The feedback buttons' `value`: compact, mention-free JSON `{"v":1,"q":…,"s":[[title,section,url],…]}` of at
 * most 2,000 characters. Long texts are shortened, non-http(s) or overlong URLs dropped, and
 * sources dropped from the end until it fits, so the question always survives.
 */
export function encodeFeedbackValue(value: FeedbackValue): string {
  let question = truncateText(value.question.trim(), ONBOARD_LIMITS.echoedQuestion);
  const sections = value.sections
    .filter((s) => s.url.length <= FEEDBACK_URL_MAX && isHttpUrl(s.url))
    .slice(0, ONBOARD_LIMITS.feedbackSections)
    .map((s) => [truncateText(s.title, ONBOARD_LIMITS.label), truncateText(s.section, ONBOARD_LIMITS.label), s.url]);
  let encoded = serialise(question, sections);
  while (encoded.length > SLACK_LIMITS.buttonValue && sections.length > 0) {
    sections.pop();
    encoded = serialise(question, sections);
  }
  // Only reachable with a question of escape-heavy characters (each JSON-escaped to six).
  while (encoded.length > SLACK_LIMITS.buttonValue) {
    question = truncateText(question, Math.floor(question.length / 2));
    encoded = serialise(question, sections);
  }
  return encoded;
}

/**
 * JSON with `< > & @` as `\u` escapes: `JSON.parse` reads them back unchanged, and the value
 * never contains mention syntax, even for tools that scan or log raw payloads.
 */
function serialise(question: string, sections: string[][]): string {
  return JSON.stringify({ v: FEEDBACK_VALUE_VERSION, q: question, s: sections }).replace(
    /[<>&@]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
