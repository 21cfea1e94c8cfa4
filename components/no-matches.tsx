import Link from "next/link";
import type { NearMatches } from "@/lib/kb/find-near-matches";
import { searchHref, type HrefParams } from "@/lib/validation/search-href";
import { plural } from "./plural";

/** What a search that found nothing can do next: drop the filters (saying how
 * much that finds), or follow a near match. */
export function NoMatches({
  q,
  params,
  hasFilters,
  unfilteredCount,
  nearMatches,
}: {
  q: string | undefined;
  params: HrefParams;
  hasFilters: boolean;
  unfilteredCount: number | null;
  nearMatches: NearMatches | null;
}) {
  const hasNear =
    nearMatches !== null && nearMatches.speakers.length + nearMatches.topics.length + nearMatches.claims.length > 0;
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-stone-900">
      <h2 className="text-lg font-semibold">No statements match{q ? <> “{q}”</> : null}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {nearMatches && !nearMatches.hasSearchableTerms && (
          <li>Every word of this search is too common to search for; add a more specific word.</li>
        )}
        {hasFilters && unfilteredCount !== null && unfilteredCount > 0 && (
          <li>
            Without the filters,{" "}
            <Link href={searchHref("/claims", { q: params.q })} className="font-medium text-indigo-800 underline">
              {plural(unfilteredCount, "statement")} match
            </Link>
            .
          </li>
        )}
        {hasFilters && <li>Remove a filter above, or widen the date range.</li>}
        {q && (
          <li>
            Try fewer words, another spelling, or an alternative with OR (for example <code>war OR conflict</code>).
          </li>
        )}
      </ul>
      {hasNear && (
        <div className="mt-4">
          <h3 className="font-semibold">Close to your search</h3>
          <ul className="mt-2 space-y-1">
            {nearMatches.speakers.map((speaker) => (
              <li key={`speaker-${speaker.slug}`}>
                Speaker:{" "}
                <Link href={`/speakers/${speaker.slug}`} className="text-indigo-800 underline">
                  {speaker.name}
                </Link>
              </li>
            ))}
            {nearMatches.topics.map((topic) => (
              <li key={`topic-${topic.slug}`}>
                Topic:{" "}
                <Link href={`/topics/${topic.slug}`} className="text-indigo-800 underline">
                  {topic.name}
                </Link>
              </li>
            ))}
            {nearMatches.claims.map((claim) => (
              <li key={`claim-${claim.id}`}>
                Claim:{" "}
                <Link href={`/claims/${claim.id}`} className="text-indigo-800 underline">
                  {claim.text}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
