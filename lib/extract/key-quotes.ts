import type { ExtractedQuote, ExtractedSpeaker } from "./types";
import type { ContentWordReader } from "./content-words";

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

/** How much a quote's words recur in the lead and the other quotes, 0..1 across the article. */
function centralities(quotes: ExtractedQuote[], leadWords: number[], contentWords: ContentWordReader): number[] {
  const wordSets = quotes.map((quote) => contentWords.read(quote.text, quote.startOffset));
  const isLeadWord = new Uint8Array(contentWords.size);
  for (const word of leadWords) isLeadWord[word] = 1;
  // How many quotes use each word: a quote's own use is then subtracted, not searched for.
  const quotesUsing = new Int32Array(contentWords.size);
  for (const words of wordSets) for (const word of words) quotesUsing[word] = (quotesUsing[word] ?? 0) + 1;
  const raw = wordSets.map((words) => {
    let total = 0;
    for (const word of words) {
      const inOthers = (quotesUsing[word] ?? 1) - 1;
      total += Math.log1p(inOthers) + (isLeadWord[word] ? 1 : 0);
    }
    return total / Math.sqrt(Math.max(1, words.length));
  });
  const max = Math.max(1e-9, ...raw);
  return raw.map((value) => value / max);
}

function quoteScores(quotes: ExtractedQuote[], leadWords: number[], contentWords: ContentWordReader): number[] {
  const central = centralities(quotes, leadWords, contentWords);
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

/** `leadWords`: the content words of the article's lead sentence, as `contentWords` numbers them. */
export function keyQuoteIndexes(
  quotes: ExtractedQuote[],
  speakers: ExtractedSpeaker[],
  leadWords: number[],
  contentWords: ContentWordReader,
): number[] {
  if (!quotes.length) return [];
  const scores = quoteScores(quotes, leadWords, contentWords);
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
