const NUMBER = new Intl.NumberFormat('en-US');

/** `1 page`, `1,214 pages`: en-US digits so snapshots do not depend on the machine's locale. */
export function formatCount(n: number, noun: string): string {
  return `${NUMBER.format(n)} ${noun}${n === 1 ? '' : 's'}`;
}
