import type { ExtractedQuote, ExtractedSpeaker } from "./types";

/**
 * The key statements of an article: the best one or two quotes of each main
 * speaker, most important first. A quote is better when the rule that found
 * it is sure, when it is a full statement rather than a fragment, when its
 * claims recur in other quotes, when it is direct, and when it comes early.
 */

const MAIN_SPEAKERS = 3;
const MAX_KEY_QUOTES = 6;
const KIND_WEIGHTS: Record<ExtractedQuote["kind"], number> = { direct: 1, mixed: 0.6, indirect: 0.4 };

function lengthScore(length: number): number {
  if (length < 40) return length / 40;
  return length > 300 ? 300 / length : 1;
}

function quoteScores(quotes: ExtractedQuote[]): number[] {
  const claimUses = new Map<number, number>();
  for (const quote of quotes) for (const claim of quote.claimIndexes) claimUses.set(claim, (claimUses.get(claim) ?? 0) + 1);
  return quotes.map((quote, index) => {
    const recurrence = Math.max(0, ...quote.claimIndexes.map((claim) => (claimUses.get(claim) ?? 1) - 1));
    const claimCentrality = quote.claimIndexes.length ? Math.min(1, 0.4 + 0.3 * recurrence) : 0;
    const position = 1 - index / Math.max(1, quotes.length);
    return 0.35 * quote.confidence + 0.2 * lengthScore(quote.text.length) + 0.2 * claimCentrality + 0.15 * KIND_WEIGHTS[quote.kind] + 0.1 * position;
  });
}

export function keyQuoteIndexes(quotes: ExtractedQuote[], speakers: ExtractedSpeaker[]): number[] {
  if (!quotes.length) return [];
  const scores = quoteScores(quotes);
  const known = new Set(speakers.map((speaker) => speaker.key));
  const bySpeaker = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    if (quote.speakerKey === null || !known.has(quote.speakerKey)) return;
    bySpeaker.set(quote.speakerKey, [...(bySpeaker.get(quote.speakerKey) ?? []), index]);
  });
  const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
  if (!bySpeaker.size) return quotes.map((_, index) => index).sort(byScore).slice(0, 2);
  // Main speakers: the most quoted; the first quoted wins a tie (Map keeps that order).
  const mainSpeakers = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, MAIN_SPEAKERS);
  const chosen: { index: number; weight: number }[] = [];
  mainSpeakers.forEach(([, indexes], rank) => {
    const best = [...indexes].sort(byScore);
    // The most quoted speaker, when quoted more than once, gets a second key statement.
    const take = rank === 0 && best.length >= 2 ? 2 : 1;
    const prominence = indexes.length / quotes.length;
    for (const index of best.slice(0, take)) chosen.push({ index, weight: (scores[index] ?? 0) + 0.15 * prominence });
  });
  return chosen
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, MAX_KEY_QUOTES)
    .map(({ index }) => index);
}
