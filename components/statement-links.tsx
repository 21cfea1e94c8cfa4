import Link from "next/link";

/** Who made a statement, linked to their page, or that nobody was named. */
export function SpeakerName({ speaker }: { speaker: { slug: string; name: string } | null }) {
  if (!speaker) return <span className="text-stone-700">Unattributed</span>;
  return (
    <Link href={`/speakers/${speaker.slug}`} className="text-indigo-800 hover:underline">
      {speaker.name}
    </Link>
  );
}

/** Speakers as a comma-separated run of links. */
export function SpeakerNames({ speakers }: { speakers: { slug: string; name: string }[] }) {
  return speakers.map((speaker, index) => (
    <span key={speaker.slug}>
      {index > 0 && ", "}
      <SpeakerName speaker={speaker} />
    </span>
  ));
}

/** The ways out of a statement in a list: its permalink, and its place in the
 * source article. */
export function StatementLinks({
  statementId,
  article,
}: {
  statementId: string;
  article: { id: string; title: string; outlet: string | null };
}) {
  return (
    <>
      <Link href={`/quotes/${statementId}`} className="font-medium text-indigo-800 hover:underline">
        Permalink
      </Link>
      <span className="text-stone-700">
        In{" "}
        <Link href={`/articles/${article.id}#quote-${statementId}`} className="text-indigo-800 hover:underline">
          {article.title}
        </Link>
        {article.outlet && <span> ({article.outlet})</span>}
      </span>
    </>
  );
}
