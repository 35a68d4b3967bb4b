import type { FeedbackReport } from './feedback-store.js';

const MAX_TEXT = 80;

/** A plain-text table of the feedback report for `onboard report`. */
export function formatReport(report: FeedbackReport): string {
  const { votes, up, down, unanswered } = report.totals;
  const summary = `Feedback: ${plural(votes, 'vote')} (${up} up, ${down} down), ${plural(unanswered, 'unanswered question')}`;
  return [summary, '', ...formatSections(report.sections), '', ...formatUnanswered(report.unanswered)].join('\n') + '\n';
}

function formatSections(sections: FeedbackReport['sections']): string[] {
  if (sections.length === 0) return ['No votes yet.'];
  const upWidth = columnWidth('Up', sections.map((row) => row.up));
  const downWidth = columnWidth('Down', sections.map((row) => row.down));
  const indent = ' '.repeat(2 + upWidth + 2 + downWidth + 2);
  return [
    'Sections by votes',
    `  ${'Up'.padStart(upWidth)}  ${'Down'.padStart(downWidth)}  Section`,
    ...sections.flatMap((row) => [
      `  ${String(row.up).padStart(upWidth)}  ${String(row.down).padStart(downWidth)}  ${formatSectionName(row)}`,
      `${indent}${cleanText(row.url)}`,
    ]),
  ];
}

function formatUnanswered(unanswered: FeedbackReport['unanswered']): string[] {
  if (unanswered.length === 0) return ['No unanswered questions.'];
  const countWidth = columnWidth('Times', unanswered.map((row) => row.count));
  const dateWidth = 'Last asked (UTC)'.length;
  return [
    'Unanswered questions, most asked first',
    `  ${'Times'.padStart(countWidth)}  ${'Last asked (UTC)'.padEnd(dateWidth)}  Question`,
    ...unanswered.map(
      (row) =>
        `  ${String(row.count).padStart(countWidth)}  ${formatTime(row.lastAsked).padEnd(dateWidth)}  ${truncate(cleanText(row.question))}`,
    ),
  ];
}

function formatSectionName(row: FeedbackReport['sections'][number]): string {
  const name = row.section === '' ? row.title : `${row.title} › ${row.section}`;
  return truncate(cleanText(name));
}

function columnWidth(header: string, values: number[]): number {
  return Math.max(header.length, ...values.map((value) => String(value).length));
}

/** "2024-05-01T10:03:59.120Z" -> "2024-05-01 10:03"; anything else is shown as stored. */
function formatTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/u.exec(iso);
  return match === null ? cleanText(iso) : `${match[1]} ${match[2]}`;
}

// Questions are typed by anyone in Slack; control characters could drive the terminal.
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/gu, ' ').trim();
}

function truncate(text: string): string {
  const characters = [...text];
  return characters.length <= MAX_TEXT ? text : `${characters.slice(0, MAX_TEXT - 1).join('')}…`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
