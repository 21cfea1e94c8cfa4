import { CLAIM_MATCH_THRESHOLD, claimSimilarity } from "@/lib/extract/claims";
import type { ExtractedClaim } from "@/lib/extract/types";
import { claimIdFor } from "./ids";
import type { Tx } from "./transaction";

/** Finds, for each claim of a new article, the stored claim that asserts the
 * same proposition, or stores a new one. Candidates share at least one
 * signature term (GIN-indexed); the pure `claimSimilarity` decides.
 * Returns one claim id per input claim, in order. */
export async function resolveClaims(tx: Tx, claims: ExtractedClaim[]): Promise<string[]> {
  const ids: string[] = [];
  for (const claim of claims) {
    const match = await findMatchingClaim(tx, claim);
    if (match) {
      ids.push(match);
      continue;
    }
    const id = claimIdFor(claim.signature);
    await tx.claim.upsert({
      where: { id },
      create: { id, text: claim.text, signature: claim.signature, isNegated: claim.isNegated },
      update: {},
      select: { id: true },
    });
    ids.push(id);
  }
  return ids;
}

async function findMatchingClaim(tx: Tx, claim: ExtractedClaim): Promise<string | null> {
  const terms = claim.signature.split(" ").filter(Boolean);
  if (terms.length === 0) return null;
  const candidates = await tx.$queryRaw<{ id: string; text: string; signature: string; isNegated: boolean }[]>`
    SELECT id, text, signature, "isNegated" FROM "Claim"
    WHERE string_to_array(signature, ' ') && ${terms}::text[]
    ORDER BY id
    LIMIT 200`;
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    const score = claimSimilarity(claim, candidate);
    if (score >= CLAIM_MATCH_THRESHOLD && (!best || score > best.score)) best = { id: candidate.id, score };
  }
  return best?.id ?? null;
}
