import { CLAIM_MATCH_THRESHOLD, claimSimilarity } from "../../lib/extract/claims";
import type { ExtractedClaim, ExtractedQuote } from "../../lib/extract/types";
import type { CrossArticleClaims } from "./gold-schema";

export function pairsOf<T>(group: readonly T[]): [T, T][] {
  return group.flatMap((first, index) => group.slice(index + 1).map((second): [T, T] => [first, second]));
}

/** Within one article the pipeline groups quotes by pointing them at the same claim. */
export function isSameClaimInArticle(a: ExtractedQuote | null, b: ExtractedQuote | null): boolean {
  if (a === null || b === null) return false;
  return a.claimIndexes.some((index) => b.claimIndexes.includes(index));
}

/** What the scorer keeps of each matched gold quote for cross-article checks. */
export type MatchedClaims = (file: string, goldText: string) => readonly ExtractedClaim[] | null;

export type CrossArticleClaimResult = {
  pairs: number;
  grouped: number;
  ungrouped: { a: { file: string; text: string }; b: { file: string; text: string } }[];
};

/** Across articles claim indexes mean nothing: the importer stores a new
 * article's claim under an existing one when `claimSimilarity` reaches the
 * match threshold (lib/kb/resolve-claims.ts), so the check asks the same.
 * Pairs inside one file are left to the per-article check. */
export function checkCrossArticleClaims(groups: CrossArticleClaims, claimsOf: MatchedClaims): CrossArticleClaimResult {
  const result: CrossArticleClaimResult = { pairs: 0, grouped: 0, ungrouped: [] };
  for (const group of groups) {
    for (const [a, b] of pairsOf(group)) {
      if (a.file === b.file) continue;
      result.pairs += 1;
      const claimsA = claimsOf(a.file, a.text) ?? [];
      const claimsB = claimsOf(b.file, b.text) ?? [];
      const isGrouped = claimsA.some((claimA) =>
        claimsB.some((claimB) => claimSimilarity(claimA, claimB) >= CLAIM_MATCH_THRESHOLD),
      );
      if (isGrouped) result.grouped += 1;
      else result.ungrouped.push({ a, b });
    }
  }
  return result;
}
