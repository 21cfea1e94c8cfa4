import { expect } from "vitest";
import { extractArticle } from "./extract-article";
import type { ExtractedArticle, ExtractedQuote } from "./types";

/** Test helpers for the extraction pipeline: run it on a snippet, check the
 * offset invariant every time, and look quotes and speakers up by their words. */

export function extractText(text: string, sourceFile = "article.txt"): ExtractedArticle {
  const article = extractArticle({ sourceFile, bytes: new TextEncoder().encode(text) });
  for (const quote of article.quotes) {
    expect(article.body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
  }
  const offsets = article.quotes.map((q) => q.startOffset);
  expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  return article;
}

/** The one quote whose text contains `fragment`. */
export function quoteWith(article: ExtractedArticle, fragment: string): ExtractedQuote {
  const found = article.quotes.filter((q) => q.text.includes(fragment));
  expect(
    found.map((q) => q.text),
    `quotes containing "${fragment}"`,
  ).toHaveLength(1);
  return found[0] as ExtractedQuote;
}

/** The name of the speaker of the quote containing `fragment`, or null. */
export function speakerOf(article: ExtractedArticle, fragment: string): string | null {
  const quote = quoteWith(article, fragment);
  return article.speakers.find((s) => s.key === quote.speakerKey)?.name ?? null;
}
