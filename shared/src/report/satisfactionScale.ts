/**
 * The scale satisfaction scores were written on, guessed from the largest score: tables use
 * 1–5 stars, 1–10 (NPS-style) or percentages.
 */
export function satisfactionScale(maxScore: number): number {
  if (maxScore <= 5) return 5;
  if (maxScore <= 10) return 10;
  return 100;
}
