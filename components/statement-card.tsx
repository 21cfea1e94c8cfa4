import Link from "next/link";
import type { StatementHit } from "@/lib/kb/search-statements";
import { StatementDateLabel } from "./fuzzy-date";
import { HighlightedText } from "./highlighted-text";
import { QuoteKindBadge, QuoteMarks } from "./quote-kind";
import { SpeakerName, StatementLinks } from "./statement-links";

/** One statement in a list: who, when, the words (search terms marked), what
 * it claims and concerns, and the way to its permalink and source. */
export function StatementCard({
  statement,
  showSpeaker = true,
  isCompact = false,
  headingLevel = 3,
}: {
  statement: StatementHit;
  showSpeaker?: boolean;
  /** Leaves out the claim and topic links, for long timelines. */
  isCompact?: boolean;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
        {showSpeaker && (
          <Heading className="text-base font-semibold">
            <SpeakerName speaker={statement.speaker} />
          </Heading>
        )}
        {statement.speakerRole && <span className="text-stone-700">{statement.speakerRole}</span>}
        {(showSpeaker || statement.speakerRole) && (
          <span aria-hidden="true" className="text-stone-500">
            ·
          </span>
        )}
        <StatementDateLabel date={statement.date} />
        <QuoteKindBadge kind={statement.kind} />
      </header>
      <blockquote className="mt-2 font-serif text-lg leading-relaxed text-stone-900">
        <p>
          <QuoteMarks kind={statement.kind}>
            <HighlightedText text={statement.text} ranges={statement.matches} />
          </QuoteMarks>
        </p>
      </blockquote>
      {!isCompact && (statement.claims.length > 0 || statement.topics.length > 0) && (
        <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Claims and topics">
          {statement.claims.map((claim) => (
            <li key={claim.id}>
              <Link
                href={`/claims/${claim.id}`}
                className="inline-block rounded-full bg-indigo-50 px-2.5 py-0.5 text-indigo-900 hover:underline"
              >
                Claim: {claim.text}
              </Link>
            </li>
          ))}
          {statement.topics.map((topic) => (
            <li key={topic.slug}>
              <Link
                href={`/topics/${topic.slug}`}
                className="inline-block rounded-full bg-stone-100 px-2.5 py-0.5 text-stone-800 hover:underline"
              >
                #{topic.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <footer className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <StatementLinks statementId={statement.id} article={statement.article} />
      </footer>
    </article>
  );
}
