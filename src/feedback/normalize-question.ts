/**
 * The form of a question used to count repeats: "How do I  get VPN?" and "how do i get vpn?"
 * are the same gap in the handbook. NFKC folds full-width and compatibility characters so
 * Japanese input typed with a different IME setting still counts as the same question.
 */
export function normalizeQuestion(question: string): string {
  return question.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
