export type Span = { startOffset: number; endOffset: number };

export type SpanMatch = { goldIndex: number; predictedIndex: number; overlapRatio: number };

/** Spans count as the same quote when they share at least half of the shorter
 * one: boundaries differ legitimately (trailing punctuation, "that", a whole
 * sentence around a partial quote) but a different quote rarely overlaps that much. */
export const MIN_OVERLAP_RATIO = 0.5;

function overlapOf(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.endOffset, b.endOffset) - Math.max(a.startOffset, b.startOffset));
}

function lengthOf(span: Span): number {
  return Math.max(1, span.endOffset - span.startOffset);
}

/** One-to-one matching, greedy from the best-overlapping pair down, so a
 * predicted span covering two gold quotes matches only one of them. On an
 * exact tie (duplicate predictions) the pair `preference` ranks higher wins,
 * so the outcome does not depend on the order the pipeline emitted them in. */
export function matchSpans(
  gold: readonly Span[],
  predicted: readonly Span[],
  preference: (goldIndex: number, predictedIndex: number) => number = () => 0,
): SpanMatch[] {
  const candidates: (SpanMatch & { overlap: number })[] = [];
  gold.forEach((goldSpan, goldIndex) =>
    predicted.forEach((predictedSpan, predictedIndex) => {
      const overlap = overlapOf(goldSpan, predictedSpan);
      const overlapRatio = overlap / Math.min(lengthOf(goldSpan), lengthOf(predictedSpan));
      if (overlap > 0 && overlapRatio >= MIN_OVERLAP_RATIO) {
        candidates.push({ goldIndex, predictedIndex, overlapRatio, overlap });
      }
    }),
  );
  candidates.sort(
    (a, b) =>
      b.overlapRatio - a.overlapRatio ||
      b.overlap - a.overlap ||
      preference(b.goldIndex, b.predictedIndex) - preference(a.goldIndex, a.predictedIndex),
  );
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matches: SpanMatch[] = [];
  for (const { goldIndex, predictedIndex, overlapRatio } of candidates) {
    if (usedGold.has(goldIndex) || usedPredicted.has(predictedIndex)) continue;
    usedGold.add(goldIndex);
    usedPredicted.add(predictedIndex);
    matches.push({ goldIndex, predictedIndex, overlapRatio });
  }
  return matches;
}
