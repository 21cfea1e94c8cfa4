/** Raw tallies for one article; they add up across articles, ratios do not. */
export type ScoreCounts = {
  goldQuotes: number;
  predictedQuotes: number;
  matchedQuotes: number;
  correctlyAttributed: number;
  correctlyDated: number;
  goldDirect: number;
  matchedDirect: number;
  correctlyAttributedDirect: number;
  notSpeakerHits: number;
  sameClaimPairs: number;
  sameClaimPairsGrouped: number;
  metaChecks: number;
  metaCorrect: number;
};

export const ZERO_COUNTS: ScoreCounts = {
  goldQuotes: 0,
  predictedQuotes: 0,
  matchedQuotes: 0,
  correctlyAttributed: 0,
  correctlyDated: 0,
  goldDirect: 0,
  matchedDirect: 0,
  correctlyAttributedDirect: 0,
  notSpeakerHits: 0,
  sameClaimPairs: 0,
  sameClaimPairsGrouped: 0,
  metaChecks: 0,
  metaCorrect: 0,
};

export function sumCounts(all: readonly ScoreCounts[]): ScoreCounts {
  return all.reduce((total, counts) => {
    const sum = { ...total };
    for (const key of Object.keys(sum) as (keyof ScoreCounts)[]) sum[key] += counts[key];
    return sum;
  }, ZERO_COUNTS);
}

/** A ratio, or null when there was nothing to measure (shown as "—"). */
export type Ratio = number | null;

export type ScoreMetrics = {
  precision: Ratio;
  recall: Ratio;
  f1: Ratio;
  /** Among matched quotes: right speaker. */
  attribution: Ratio;
  /** Among matched quotes: right statement date. */
  dateAccuracy: Ratio;
  directRecall: Ratio;
  /** Among matched direct quotes: right speaker. */
  directAttribution: Ratio;
  sameClaim: Ratio;
  /** Title and publication date. */
  meta: Ratio;
};

function ratio(numerator: number, denominator: number): Ratio {
  return denominator === 0 ? null : numerator / denominator;
}

export function metricsOf(counts: ScoreCounts): ScoreMetrics {
  // Precision over zero predictions is vacuous only when nothing was expected.
  const precision =
    counts.predictedQuotes === 0 ? (counts.goldQuotes === 0 ? null : 0) : counts.matchedQuotes / counts.predictedQuotes;
  const recall = ratio(counts.matchedQuotes, counts.goldQuotes);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    attribution: ratio(counts.correctlyAttributed, counts.matchedQuotes),
    dateAccuracy: ratio(counts.correctlyDated, counts.matchedQuotes),
    directRecall: ratio(counts.matchedDirect, counts.goldDirect),
    directAttribution: ratio(counts.correctlyAttributedDirect, counts.matchedDirect),
    sameClaim: ratio(counts.sameClaimPairsGrouped, counts.sameClaimPairs),
    meta: ratio(counts.metaCorrect, counts.metaChecks),
  };
}
