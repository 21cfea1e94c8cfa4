import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { plural } from "@/components/plural";
import { listTopics } from "@/lib/kb/list-topics";

export const metadata: Metadata = { title: "Topics" };

const KIND_LABELS = {
  organization: "Organization",
  country: "Country",
  place: "Place",
  person: "Person",
  subject: "Subject",
} as const;

export default async function TopicsPage() {
  await connection();
  const topics = await listTopics();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Topics</h1>
      <p className="mt-2 text-stone-700">What the statements are about, most discussed first.</p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {topics.map((topic) => (
          <li key={topic.slug} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <h2 className="font-semibold">
              <Link href={`/topics/${topic.slug}`} className="text-indigo-800 hover:underline">
                {topic.name}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-700">
              {KIND_LABELS[topic.kind]} · {plural(topic.quoteCount, "statement")} by{" "}
              {plural(topic.speakerCount, "speaker")}
            </p>
          </li>
        ))}
      </ul>
      {topics.length === 0 && <p className="mt-6 text-stone-700">No topics yet.</p>}
    </>
  );
}
