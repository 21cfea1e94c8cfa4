import type { ExtractedArticle, ExtractedQuote, FuzzyDate, QuoteKind } from "../../lib/extract/types";

/** A predicted quote described the way a test thinks about it. */
export type PredictedQuoteInput = {
  text: string;
  speaker?: string | null;
  kind?: QuoteKind;
  stated?: FuzzyDate;
  /** Claim signatures; quotes sharing one share a claim index. */
  claims?: string[];
};

const NO_DATE: FuzzyDate = { date: null, precision: "unknown", phrase: null };

/** Hand-built pipeline output for testing the scorer without the pipeline. */
export function buildExtractedArticle(
  body: string,
  quotes: readonly PredictedQuoteInput[],
  overrides: Partial<ExtractedArticle> = {},
): ExtractedArticle {
  const speakerNames = [...new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))];
  const signatures = [...new Set(quotes.flatMap((quote) => quote.claims ?? []))];
  const extractedQuotes = quotes.map((quote): ExtractedQuote => {
    const startOffset = body.indexOf(quote.text);
    if (startOffset === -1) throw new Error(`test quote not in body: ${quote.text}`);
    return {
      speakerKey: quote.speaker ? `speaker-${speakerNames.indexOf(quote.speaker)}` : null,
      kind: quote.kind ?? "direct",
      text: quote.text,
      startOffset,
      endOffset: startOffset + quote.text.length,
      cue: null,
      mention: null,
      speakerRole: null,
      confidence: 1,
      rule: "test",
      stated: quote.stated ?? NO_DATE,
      claimIndexes: (quote.claims ?? []).map((signature) => signatures.indexOf(signature)),
      topicKeys: [],
    };
  });
  return {
    sourceFile: "test.txt",
    title: "Test article",
    isTitleDerived: false,
    outlet: null,
    url: null,
    published: { ...NO_DATE, source: null },
    body,
    speakers: speakerNames.map((name, index) => ({
      key: `speaker-${index}`,
      name,
      kind: "person",
      role: null,
      gender: null,
      aliases: [name],
    })),
    quotes: extractedQuotes,
    claims: signatures.map((signature) => ({ text: signature, signature, isNegated: false })),
    topics: [],
    summary: { sentences: [], keyQuoteIndexes: [] },
    ...overrides,
  };
}
