import { basename } from "node:path";
import type { ArticleSource, ExtractedArticle } from "../../lib/extract/types";
import { checkCrossArticleClaims, type CrossArticleClaimResult } from "./claim-groups";
import {
  caseNameOf,
  DEFAULT_CORPUS,
  listGoldCases,
  readArticleBytes,
  readCrossArticleClaims,
  readGold,
  type Corpus,
  type GoldCase,
} from "./corpus";
import type { GoldArticle } from "./gold-schema";
import { sumCounts, ZERO_COUNTS, type ScoreCounts } from "./metrics";
import { scoreArticle, type ArticleScore } from "./score";

export type Extractor = (source: ArticleSource) => ExtractedArticle;

export type CaseResult = {
  goldCase: GoldCase;
  gold: GoldArticle;
  /** Null when the pipeline threw or a gold text was not in its body. */
  score: ArticleScore | null;
  error: string | null;
  counts: ScoreCounts;
};

export type CorpusReport = {
  results: CaseResult[];
  seedTotals: ScoreCounts;
  fixtureTotals: ScoreCounts;
  crossArticleClaims: CrossArticleClaimResult;
};

/** A failed article still counts: every gold quote in it is a miss. */
function countsForFailure(gold: GoldArticle): ScoreCounts {
  return {
    ...ZERO_COUNTS,
    goldQuotes: gold.quotes.length,
    goldDirect: gold.quotes.filter((quote) => quote.kind === "direct").length,
    sameClaimPairs: gold.sameClaim.reduce((sum, group) => sum + (group.length * (group.length - 1)) / 2, 0),
    metaChecks: 2,
  };
}

function evaluateCase(extract: Extractor, goldCase: GoldCase): CaseResult {
  const gold = readGold(goldCase.goldPath);
  try {
    const article = extract({
      sourceFile: basename(goldCase.articlePath),
      bytes: readArticleBytes(goldCase.articlePath),
    });
    const score = scoreArticle(article, gold, goldCase.name);
    return { goldCase, gold, score, error: null, counts: score.counts };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { goldCase, gold, score: null, error: message, counts: countsForFailure(gold) };
  }
}

/** Runs the pipeline over every article that has a gold file and scores it. */
export function evaluateCorpus(extract: Extractor, corpus: Corpus = DEFAULT_CORPUS): CorpusReport {
  const results = listGoldCases(corpus).map((goldCase) => evaluateCase(extract, goldCase));
  const totalsFor = (group: GoldCase["group"]) =>
    sumCounts(results.filter((result) => result.goldCase.group === group).map((result) => result.counts));

  const scoreByName = new Map(results.map((result) => [result.goldCase.name, result.score]));
  const crossArticleClaims = checkCrossArticleClaims(readCrossArticleClaims(corpus), (file, text) => {
    const outcome = scoreByName.get(caseNameOf(file))?.outcomes.find((candidate) => candidate.gold.text === text);
    return outcome?.predicted ? outcome.claims : null;
  });
  return { results, seedTotals: totalsFor("seed"), fixtureTotals: totalsFor("fixture"), crossArticleClaims };
}
