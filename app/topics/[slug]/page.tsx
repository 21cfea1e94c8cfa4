import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { FuzzyDate } from "@/components/fuzzy-date";
import { plural } from "@/components/plural";
import { StatementGroups } from "@/components/statement-groups";
import { getTopicBySlug } from "@/lib/kb/get-topic-by-slug";
import { groupStatements } from "@/lib/kb/group-statements";
import { searchStatements } from "@/lib/kb/search-statements";
import { slugParamsSchema } from "@/lib/validation/route-params";

type Props = { params: Promise<{ slug: string }> };

/** The topic page lists this many statements; the search has them all. */
const STATEMENT_LIMIT = 100;

const findTopic = cache((slug: string) => getTopicBySlug(slug));

async function slugOf(params: Props["params"]): Promise<string> {
  const parsed = slugParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data.slug;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const topic = await findTopic(await slugOf(params));
  if (!topic) notFound();
  return { title: `${topic.name} — who said what` };
}

export default async function TopicPage({ params }: Props) {
  await connection();
  const slug = await slugOf(params);
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
        <div className="mt-2 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <thead className="border-b border-stone-200 bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Speaker
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Statements
                </th>
                <th scope="col" className="px-3 py-2">
                  First
                </th>
                <th scope="col" className="px-3 py-2">
                  Latest
                </th>
              </tr>
            </thead>
            <tbody>
              {topic.speakers.map((speaker) => (
                <tr key={speaker.slug ?? "unattributed"} className="border-b border-stone-100 last:border-0">
                  <th scope="row" className="px-3 py-2 font-medium">
                    {speaker.slug ? (
                      <Link
                        href={`/speakers/${speaker.slug}?topic=${encodeURIComponent(topic.slug)}`}
                        className="text-indigo-800 hover:underline"
                      >
                        {speaker.name}
                      </Link>
                    ) : (
                      <span className="text-stone-700">Unattributed</span>
                    )}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{speaker.quoteCount}</td>
                  <td className="px-3 py-2">
                    <FuzzyDate day={speaker.first} />
                  </td>
                  <td className="px-3 py-2">
                    <FuzzyDate day={speaker.last} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
