import { getDb, type Db } from "@/lib/db";
import type { DatePrecision as DbDatePrecision } from "@/lib/generated/prisma/enums";
import type { FuzzyDay } from "./fuzzy-day";
import { fromDbPrecision, fromDbTopicKind } from "./prisma-enums";
import { EFFECTIVE_ON, EFFECTIVE_PRECISION } from "./statement-sql";

type SpeakerRow = {
  slug: string | null;
  name: string | null;
  quoteCount: number;
  firstOn: string | null;
  firstPrecision: DbDatePrecision | null;
  lastOn: string | null;
  lastPrecision: DbDatePrecision | null;
};

export type TopicSpeaker = {
  slug: string | null;
  name: string | null;
  quoteCount: number;
  first: FuzzyDay;
  last: FuzzyDay;
};

/** A subject with its names and who spoke about it: per speaker, how often
 * and from when to when (unattributed statements count as one row). */
export async function getTopicBySlug(slug: string, db: Db = getDb()) {
  const [topic, speakers] = await Promise.all([
    db.topic.findUnique({
      where: { slug },
      select: { slug: true, name: true, kind: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
    }),
    db.$queryRaw<SpeakerRow[]>`
      SELECT s.slug, s.name, count(*)::int AS "quoteCount",
        min(${EFFECTIVE_ON})::text AS "firstOn", max(${EFFECTIVE_ON})::text AS "lastOn",
        (array_agg(${EFFECTIVE_PRECISION}::text ORDER BY ${EFFECTIVE_ON} ASC NULLS LAST))[1] AS "firstPrecision",
        (array_agg(${EFFECTIVE_PRECISION}::text ORDER BY ${EFFECTIVE_ON} DESC NULLS LAST))[1] AS "lastPrecision"
      FROM "QuoteTopic" qt JOIN "Topic" t ON t.id = qt."topicId" JOIN "Quote" q ON q.id = qt."quoteId"
        LEFT JOIN "Speaker" s ON s.id = q."speakerId"
      WHERE t.slug = ${slug}
      GROUP BY s.slug, s.name
      ORDER BY "quoteCount" DESC, s.name NULLS LAST`,
  ]);
  if (!topic) return null;
  return {
    slug: topic.slug,
    name: topic.name,
    kind: fromDbTopicKind(topic.kind),
    aliases: topic.aliases.map((row) => row.alias).filter((alias) => alias !== topic.name),
    speakers: speakers.map((row): TopicSpeaker => ({
      slug: row.slug,
      name: row.name,
      quoteCount: row.quoteCount,
      first: { on: row.firstOn, precision: row.firstPrecision ? fromDbPrecision(row.firstPrecision) : "unknown" },
      last: { on: row.lastOn, precision: row.lastPrecision ? fromDbPrecision(row.lastPrecision) : "unknown" },
    })),
  };
}

export type TopicDetail = NonNullable<Awaited<ReturnType<typeof getTopicBySlug>>>;
