import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { idOrNotFound } from "@/app/_lib/param-or-not-found";
import { StatementDateLabel } from "@/components/fuzzy-date";
import { plural } from "@/components/plural";
import { QuoteKindBadge } from "@/components/quote-kind";
import { SpeakerName, StatementLinks } from "@/components/statement-links";
import { TextPassage } from "@/components/text-passage";
import { CLAIM_QUOTE_LIMIT, getClaimById, type ClaimDetail } from "@/lib/kb/get-claim-by-id";

type Props = { params: Promise<{ id: string }> };

const findClaim = cache((id: string) => getClaimById(id));

async function loadClaim(params: Props["params"]): Promise<ClaimDetail> {
  const claim = await findClaim(await idOrNotFound(params));
  if (!claim) notFound();
  return claim;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const claim = await loadClaim(params);
  return { title: `Claim: ${claim.text}` };
}

export default async function ClaimPage({ params }: Props) {
  await connection();
  const claim = await loadClaim(params);
  const dated = claim.statements.filter((statement) => statement.date.on);
  const first = dated[0];
  const last = dated.at(-1);

  return (
    <article>
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">Claim</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{claim.text}</h1>
      {claim.isNegated && (
        <p className="mt-2 text-stone-700">This claim is a denial: the statements below say that this is not so.</p>
      )}
      <p className="mt-3 text-stone-800">
        {plural(claim.quoteCount, "statement")} by {plural(claim.speakers.length, "speaker")}
        {first && last && first.date.on === last.date.on && (
          <>
            {", "}
            <StatementDateLabel date={first.date} />
          </>
        )}
        {first && last && first.date.on !== last.date.on && (
          <>
            {", from "}
            <StatementDateLabel date={first.date} />
            {" to "}
            <StatementDateLabel date={last.date} />
          </>
        )}
        .
      </p>

      <section aria-labelledby="who-heading" className="mt-6">
        <h2 id="who-heading" className="text-xl font-semibold">
          Who made it
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {claim.speakers.map((speaker) => (
            <li key={speaker.slug}>
              <Link
                href={`/speakers/${speaker.slug}`}
                className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-indigo-800 hover:underline"
              >
                {speaker.name} <span className="text-stone-700">({speaker.quoteCount})</span>
              </Link>
            </li>
          ))}
          {claim.speakers.length === 0 && <li className="text-stone-700">Only unattributed statements.</li>}
        </ul>
      </section>

      <section aria-labelledby="when-heading" className="mt-8">
        <h2 id="when-heading" className="text-xl font-semibold">
          When, and in what words
        </h2>
        <p className="mt-1 text-sm text-stone-700">Oldest first; statements without a known date come last.</p>
        <ol className="mt-4 space-y-4 border-l-2 border-stone-300 pl-4">
          {claim.statements.map((statement) => (
            <li key={statement.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <h3 className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-semibold text-stone-900">
                  <StatementDateLabel date={statement.date} />
                </span>
                <span aria-hidden="true">·</span>
                <span className="text-base font-semibold">
                  <SpeakerName speaker={statement.speaker} />
                </span>
                {statement.speakerRole && <span className="text-stone-700">{statement.speakerRole}</span>}
                <QuoteKindBadge kind={statement.kind} />
              </h3>
              <div className="mt-2">
                <TextPassage passage={statement.passage} />
              </div>
              <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
                <StatementLinks statementId={statement.id} article={statement.article} />
              </p>
            </li>
          ))}
        </ol>
        {claim.quoteCount > CLAIM_QUOTE_LIMIT && (
          <p className="mt-4 text-sm text-stone-700">
            Showing the first {CLAIM_QUOTE_LIMIT} of {claim.quoteCount} statements.
          </p>
        )}
      </section>
    </article>
  );
}
