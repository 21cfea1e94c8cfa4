import Link from "next/link";
import type { ClaimHit } from "@/lib/kb/search-claims";
import { FuzzyDate } from "./fuzzy-date";
import { HighlightedText } from "./highlighted-text";
import { plural } from "./plural";
import { SpeakerNames } from "./statement-links";

/** Claims with how widely they were made: statements, distinct speakers, who, and when. */
export function ClaimList({ claims, headingLevel = 3 }: { claims: ClaimHit[]; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="space-y-3">
      {claims.map((claim) => (
        <li key={claim.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <Heading className="font-semibold">
            <Link href={`/claims/${claim.id}`} className="text-indigo-800 hover:underline">
              <HighlightedText text={claim.text} ranges={claim.matches} />
            </Link>
          </Heading>
          <p className="mt-1 text-sm text-stone-700">
            {plural(claim.quoteCount, "statement")} by {plural(claim.speakerCount, "speaker")}
            {claim.first.on && (
              <>
                {" · "}
                <FuzzyDate day={claim.first} />
                {claim.last.on !== claim.first.on && (
                  <>
                    {" – "}
                    <FuzzyDate day={claim.last} />
                  </>
                )}
              </>
            )}
          </p>
          {claim.speakers.length > 0 && (
            <p className="mt-1 text-sm text-stone-800">
              <SpeakerNames speakers={claim.speakers} />
              {claim.speakerCount > claim.speakers.length && (
                <span> and {claim.speakerCount - claim.speakers.length} more</span>
              )}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
