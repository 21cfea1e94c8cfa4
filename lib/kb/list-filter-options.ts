import { getDb, type Db } from "@/lib/db";

/** The choices behind the speaker and topic selects of the search and timeline
 * forms, alphabetical, each with its number of statements. */
export async function listFilterOptions(db: Db = getDb()) {
  const [speakers, topics] = await Promise.all([
    db.speaker.findMany({
      orderBy: { name: "asc" },
      select: { slug: true, name: true, _count: { select: { quotes: true } } },
    }),
    db.topic.findMany({
      orderBy: { name: "asc" },
      select: { slug: true, name: true, _count: { select: { quotes: true } } },
    }),
  ]);
  return {
    speakers: speakers.map((speaker) => ({ value: speaker.slug, label: speaker.name, count: speaker._count.quotes })),
    topics: topics.map((topic) => ({ value: topic.slug, label: topic.name, count: topic._count.quotes })),
  };
}

export type FilterOptions = Awaited<ReturnType<typeof listFilterOptions>>;
export type FilterOption = FilterOptions["speakers"][number];
