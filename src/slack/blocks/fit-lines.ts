/**
 * Joins mrkdwn lines under an optional title, keeping as many whole lines as fit in `maxLength`
 * and ending with `more(leftOut)` (e.g. "…and 12 more") when some do not.
 */
export function fitLines(lines: string[], maxLength: number, more: (leftOut: number) => string): string {
  const all = lines.join('\n');
  if (all.length <= maxLength) return all;
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const tail = more(lines.length - index);
    const added = (kept.length === 0 ? 0 : 1) + line.length;
    if (length + added + 1 + tail.length > maxLength) break;
    kept.push(line);
    length += added;
  }
  return [...kept, more(lines.length - kept.length)].join('\n');
}
