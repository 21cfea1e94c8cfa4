import type { ExtractedArticle, ExtractedClaim, ExtractedQuote } from "../../lib/extract/types";
import { isSameClaimInArticle, pairsOf } from "./claim-groups";
import { isStatedOnCorrect } from "./date-match";
import type { GoldArticle } from "./gold-schema";
import { locateGoldQuotes, type LocatedGoldQuote } from "./locate-gold-quotes";
import { matchSpans } from "./match-spans";
import type { ScoreCounts } from "./metrics";
import { findNotSpeakerHits, isAttributionCorrect } from "./speaker-attribution";

export type QuoteOutcome = {
  gold: LocatedGoldQuote;
  /** The predicted quote matched to it, or null for a miss. */
  predicted: ExtractedQuote | null;
  predictedSpeakerName: string | null;
  isSpeakerCorrect: boolean;
  isDateCorrect: boolean;
  claims: ExtractedClaim[];
};

export type ArticleScore = {
  file: string;
  counts: ScoreCounts;
  outcomes: QuoteOutcome[];
  falsePositives: ExtractedQuote[];
  notSpeakerHits: string[];
  /** Predicted quotes whose text is not body.slice(start, end). */
  misplacedQuotes: ExtractedQuote[];
  ungroupedSameClaims: [string, string][];
  metaProblems: string[];
};

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function findMetaProblems(article: ExtractedArticle, gold: GoldArticle): string[] {
  const problems: string[] = [];
  const isTitleCorrect =
    gold.title === null
      ? article.isTitleDerived
      : !article.isTitleDerived && normalizeSpace(article.title) === normalizeSpace(gold.title);
  if (!isTitleCorrect)
    problems.push(
      `title: expected ${JSON.stringify(gold.title)}, got ${JSON.stringify(article.title)}${article.isTitleDerived ? " (derived)" : ""}`,
    );
  const published = article.published.precision === "day" ? article.published.date : null;
  if (published !== gold.publishedAt)
    problems.push(
      `publishedAt: expected ${gold.publishedAt}, got ${article.published.date} (${article.published.precision})`,
    );
  return problems;
}

/** Scores one pipeline result against its gold file. Throws when a gold text
 * is missing from the body (see locateGoldQuotes). */
export function scoreArticle(article: ExtractedArticle, gold: GoldArticle, file: string): ArticleScore {
  const goldQuotes = locateGoldQuotes(article.body, gold.quotes, file);
  const speakerNameByKey = new Map(article.speakers.map((speaker) => [speaker.key, speaker.name]));
  const speakerNameOf = (quote: ExtractedQuote | null) =>
    quote === null || quote.speakerKey === null ? null : (speakerNameByKey.get(quote.speakerKey) ?? null);
  const isCorrectlyAttributed = (goldIndex: number, predictedIndex: number) =>
    isAttributionCorrect(
      speakerNameOf(article.quotes[predictedIndex] ?? null),
      goldQuotes[goldIndex]?.speaker ?? null,
      gold.speakers,
    );
  const matches = matchSpans(goldQuotes, article.quotes, (goldIndex, predictedIndex) =>
    isCorrectlyAttributed(goldIndex, predictedIndex) ? 1 : 0,
  );
  const predictedIndexByGold = new Map(matches.map((match) => [match.goldIndex, match.predictedIndex]));

  const outcomes = goldQuotes.map((goldQuote, goldIndex): QuoteOutcome => {
    const predictedIndex = predictedIndexByGold.get(goldIndex);
    const predicted = predictedIndex === undefined ? null : (article.quotes[predictedIndex] ?? null);
    const predictedSpeakerName = speakerNameOf(predicted);
    return {
      gold: goldQuote,
      predicted,
      predictedSpeakerName,
      isSpeakerCorrect:
        predicted !== null && isAttributionCorrect(predictedSpeakerName, goldQuote.speaker, gold.speakers),
      isDateCorrect: predicted !== null && isStatedOnCorrect(predicted.stated, goldQuote.statedOn),
      claims: (predicted?.claimIndexes ?? []).flatMap((index) => article.claims[index] ?? []),
    };
  });

  const matchedPredicted = new Set(matches.map((match) => match.predictedIndex));
  const falsePositives = article.quotes.filter((_, index) => !matchedPredicted.has(index));
  const misplacedQuotes = article.quotes.filter(
    (quote) => article.body.slice(quote.startOffset, quote.endOffset) !== quote.text,
  );
  const notSpeakerHits = findNotSpeakerHits(
    article.speakers.map((speaker) => speaker.name),
    gold.notSpeakers,
  );

  const outcomeByText = new Map<string, QuoteOutcome>();
  for (const outcome of outcomes)
    if (!outcomeByText.has(outcome.gold.text)) outcomeByText.set(outcome.gold.text, outcome);
  const sameClaimPairs = gold.sameClaim.flatMap((group) => pairsOf(group));
  const ungroupedSameClaims = sameClaimPairs.filter(
    ([a, b]) => !isSameClaimInArticle(outcomeByText.get(a)?.predicted ?? null, outcomeByText.get(b)?.predicted ?? null),
  );
  const metaProblems = findMetaProblems(article, gold);

  const matched = outcomes.filter((outcome) => outcome.predicted !== null);
  const matchedDirect = matched.filter((outcome) => outcome.gold.kind === "direct");
  const counts: ScoreCounts = {
    goldQuotes: outcomes.length,
    predictedQuotes: article.quotes.length,
    matchedQuotes: matched.length,
    correctlyAttributed: matched.filter((outcome) => outcome.isSpeakerCorrect).length,
    correctlyDated: matched.filter((outcome) => outcome.isDateCorrect).length,
    goldDirect: outcomes.filter((outcome) => outcome.gold.kind === "direct").length,
    matchedDirect: matchedDirect.length,
    correctlyAttributedDirect: matchedDirect.filter((outcome) => outcome.isSpeakerCorrect).length,
    notSpeakerHits: notSpeakerHits.length,
    sameClaimPairs: sameClaimPairs.length,
    sameClaimPairsGrouped: sameClaimPairs.length - ungroupedSameClaims.length,
    metaChecks: 2,
    metaCorrect: 2 - metaProblems.length,
  };
  return { file, counts, outcomes, falsePositives, notSpeakerHits, misplacedQuotes, ungroupedSameClaims, metaProblems };
}
