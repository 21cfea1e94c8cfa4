import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { slugOrNotFound } from "@/app/_lib/param-or-not-found";
import { DataTable, periodColumns } from "@/components/data-table";
import { plural } from "@/components/plural";
import { StatementGroups } from "@/components/statement-groups";
import { getTopicBySlug, type TopicSpeaker } from "@/lib/kb/get-topic-by-slug";
import { groupStatements } from "@/lib/kb/group-statements";
import { searchStatements } from "@/lib/kb/search-statements";

type Props = { params: Promise<{ slug: string }> };

/** The topic page lists this many statements; the search has them all. */
const STATEMENT_LIMIT = 100;

const findTopic = cache((slug: string) => getTopicBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const topic = await findTopic(await slugOrNotFound(params));
  if (!topic) notFound();
  return { title: `${topic.name} — who said what` };
}

export default async function TopicPage({ params }: Props) {
  await connection();
  const slug = await slugOrNotFound(params);
  const [topic, statements] = await Promise.all([
    findTopic(slug),
    searchStatements({ topic: slug, sort: "oldest", page: 1, pageSize: STATEMENT_LIMIT }),
  ]);
  if (!topic) notFound();

  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">Topic</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{topic.name}</h1>
      {topic.aliases.length > 0 && (
        <p className="mt-2 text-sm text-stone-700">Also called: {topic.aliases.join(", ")}</p>
      )}
      <p className="mt-3 text-stone-800">
        {plural(statements.total, "statement")} by{" "}
        {plural(topic.speakers.filter((speaker) => speaker.slug).length, "speaker")}.{" "}
        <Link href={`/?topic=${encodeURIComponent(topic.slug)}`} className="text-indigo-800 underline">
          On the timeline
        </Link>
        {" · "}
        <Link href={`/claims?topic=${encodeURIComponent(topic.slug)}`} className="text-indigo-800 underline">
          Search within this topic
        </Link>
      </p>

      <section aria-labelledby="speakers-heading" className="mt-8">
        <h2 id="speakers-heading" className="text-xl font-semibold">
          Who spoke about it
        </h2>
        <div className="mt-2">
          <DataTable
            rows={topic.speakers}
            rowKey={(speaker) => speaker.slug ?? "unattributed"}
            columns={[
              {
                header: "Speaker",
                cell: (speaker) =>
                  speaker.slug ? (
                    <Link
                      href={`/speakers/${speaker.slug}?topic=${encodeURIComponent(topic.slug)}`}
                      className="text-indigo-800 hover:underline"
                    >
                      {speaker.name}
                    </Link>
                  ) : (
                    <span className="text-stone-700">Unattributed</span>
                  ),
              },
              { header: "Statements", cell: (speaker) => speaker.quoteCount, isNumeric: true },
              ...periodColumns<TopicSpeaker>(),
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="statements-heading" className="mt-10">
        <h2 id="statements-heading" className="text-xl font-semibold">
          What each said, oldest first
        </h2>
        <div className="mt-4">
          <StatementGroups groups={groupStatements(statements.items, "speaker")} showSpeaker={false} />
        </div>
        {statements.total > STATEMENT_LIMIT && (
          <p className="mt-4 text-sm text-stone-700">
            Showing the first {STATEMENT_LIMIT} of {statements.total}.{" "}
            <Link
              href={`/claims?topic=${encodeURIComponent(topic.slug)}&sort=oldest`}
              className="text-indigo-800 underline"
            >
              See them all in search
            </Link>
            .
          </p>
        )}
      </section>
    </>
  );
}
