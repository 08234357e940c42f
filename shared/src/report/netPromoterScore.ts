/** The NPS tally: promoters, passives, detractors and the score. */
export interface NetPromoterScore {
  /** % promoters − % detractors, −100…100; null without answers. */
  score: number | null;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/**
 * Net Promoter Score (Reichheld 2003, "The One Number You Need to Grow"): of the customers who
 * answered "how likely are you to recommend us?" on 0–10, the percentage of promoters (9–10)
 * less the percentage of detractors (0–6); passives (7–8) count in the base only.
 */
export function netPromoterScore(scores: Iterable<number | null>): NetPromoterScore {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score === null || !Number.isFinite(score)) continue;
    if (score >= 9) promoters++;
    else if (score >= 7) passives++;
    else detractors++;
  }
  const responses = promoters + passives + detractors;
  return {
    score: responses > 0 ? ((promoters - detractors) / responses) * 100 : null,
    responses,
    promoters,
    passives,
    detractors,
  };
}
