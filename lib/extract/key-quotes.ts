import type { ExtractedQuote, ExtractedSpeaker } from "./types";
import { STOP_WORDS, stem } from "./stem";
import { SIMPLE_WORD } from "./word-tokens";

/**
 * The key statements of an article: the best one or two quotes of each main
 * speaker, most important first. A quote is better when the rule that found
 * it is sure, when it is a full statement rather than a scrap, when its words
 * are the article's subject (they recur in the lead and in other quotes),
 * when it asserts a claim, when it is direct, and when it comes early.
 */

const MAIN_SPEAKERS = 3;
const MAX_KEY_QUOTES = 6;
const KIND_WEIGHTS: Record<ExtractedQuote["kind"], number> = { direct: 1, mixed: 0.6, indirect: 0.4 };

function lengthScore(length: number): number {
  if (length < 20) return length / 40;
  return length > 300 ? 300 / length : 1;
}

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(SIMPLE_WORD) ?? []) if (!STOP_WORDS.has(word)) words.add(stem(word));
  return words;
}

/** How much a quote's words recur in the lead and the other quotes, 0..1 across the article. */
function centralities(quotes: ExtractedQuote[], lead: string): number[] {
  const wordSets = quotes.map((quote) => contentWords(quote.text));
  const leadWords = contentWords(lead);
  const raw = wordSets.map((words, index) => {
    let total = 0;
    for (const word of words) {
      const inOthers = wordSets.reduce(
        (count, other, otherIndex) => count + (otherIndex !== index && other.has(word) ? 1 : 0),
        0,
      );
      total += Math.log1p(inOthers) + (leadWords.has(word) ? 1 : 0);
    }
    return total / Math.sqrt(Math.max(1, words.size));
  });
  const max = Math.max(1e-9, ...raw);
  return raw.map((value) => value / max);
}

function quoteScores(quotes: ExtractedQuote[], lead: string): number[] {
  const central = centralities(quotes, lead);
  return quotes.map((quote, index) => {
    const position = 1 - index / Math.max(1, quotes.length);
    const assertsClaim = quote.claimIndexes.length ? 1 : 0;
    return (
      0.3 * quote.confidence +
      0.15 * lengthScore(quote.text.length) +
      0.25 * (central[index] ?? 0) +
      0.1 * assertsClaim +
      0.1 * KIND_WEIGHTS[quote.kind] +
      0.1 * position
    );
  });
}

export function keyQuoteIndexes(quotes: ExtractedQuote[], speakers: ExtractedSpeaker[], lead: string): number[] {
  if (!quotes.length) return [];
  const scores = quoteScores(quotes, lead);
  const known = new Set(speakers.map((speaker) => speaker.key));
  const bySpeaker = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    if (quote.speakerKey === null || !known.has(quote.speakerKey)) return;
    bySpeaker.set(quote.speakerKey, [...(bySpeaker.get(quote.speakerKey) ?? []), index]);
  });
  const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
  if (!bySpeaker.size)
    return quotes
      .map((_, index) => index)
      .sort(byScore)
      .slice(0, 2);
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
