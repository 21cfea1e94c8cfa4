import { getDb, type Db } from "@/lib/db";
import { fromDbTopicKind } from "./prisma-enums";

/** Every topic with how many statements and speakers concern it, most discussed first. */
export async function listTopics(db: Db = getDb()) {
  const rows = await db.$queryRaw<
    {
      slug: string;
      name: string;
      kind: Parameters<typeof fromDbTopicKind>[0];
      quoteCount: number;
      speakerCount: number;
    }[]
  >`
    SELECT t.slug, t.name, t.kind, count(qt."quoteId")::int AS "quoteCount", count(DISTINCT q."speakerId")::int AS "speakerCount"
    FROM "Topic" t LEFT JOIN "QuoteTopic" qt ON qt."topicId" = t.id LEFT JOIN "Quote" q ON q.id = qt."quoteId"
    GROUP BY t.id
    ORDER BY "quoteCount" DESC, t.name`;
  return rows.map((row) => ({ ...row, kind: fromDbTopicKind(row.kind) }));
}

export type TopicListItem = Awaited<ReturnType<typeof listTopics>>[number];
