import type { Answer } from '../answer/types.js';

const LABELS = { high: '', low: 'Closest match I found:\n', none: '' } as const;

/** An answer for a terminal: the quoted passage (and the second source's, if quoted), then numbered sources with their URLs. */
export function formatAnswer(answer: Answer): string {
  const lines = [`${LABELS[answer.confidence]}${quote(answer.answer, answer.confidence)}`];
  if (answer.secondPassage !== undefined && answer.sources.length > 1) lines.push('', 'Another close match (source 2):', quote(answer.secondPassage, answer.confidence));
  if (answer.sources.length > 0) {
    lines.push('', answer.confidence === 'none' ? 'Closest pages:' : 'Sources:');
    answer.sources.forEach((source, i) => {
      const where = source.section ? `${source.title} › ${source.section}` : source.title;
      lines.push(`  ${i + 1}. ${where}`, `     ${source.url}`);
    });
  }
  return lines.join('\n');
}

function quote(markdown: string, confidence: Answer['confidence']): string {
  const text = markdown.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1 <$2>').replace(/\*\*([^*]+)\*\*/g, '$1');
  return confidence === 'none' ? text : text.split('\n').map((line) => `> ${line}`).join('\n');
}
