import type { GoldQuote } from "./gold-schema";

export type LocatedGoldQuote = GoldQuote & { startOffset: number; endOffset: number };

function findAllOccurrences(body: string, text: string): number[] {
  const starts: number[] = [];
  for (let start = body.indexOf(text); start !== -1; start = body.indexOf(text, start + 1)) {
    starts.push(start);
  }
  return starts;
}

/**
 * Places every gold quote in the body. A gold text that is not in the body
 * means the gold file or the pipeline's body is wrong, and any score computed
 * from it would be meaningless, so this throws instead of skipping.
 * Repeated texts take successive occurrences unless `occurrence` says which.
 */
export function locateGoldQuotes(body: string, quotes: readonly GoldQuote[], file: string): LocatedGoldQuote[] {
  const timesSeen = new Map<string, number>();
  return quotes.map((quote) => {
    const seen = timesSeen.get(quote.text) ?? 0;
    timesSeen.set(quote.text, seen + 1);
    const starts = findAllOccurrences(body, quote.text);
    const start = starts[quote.occurrence ?? seen];
    if (start === undefined) {
      const which =
        starts.length === 0 ? "not found" : `occurrence ${quote.occurrence ?? seen} of ${starts.length} not found`;
      throw new Error(`${file}: gold quote text ${which} in article body: "${quote.text}"`);
    }
    return { ...quote, startOffset: start, endOffset: start + quote.text.length };
  });
}
