import { getDb, type Db } from "@/lib/db";

/** What the knowledge base holds, for the home page and for start-up: one
 * statement rather than five counts in a transaction. */
export async function getKnowledgeBaseCounts(db: Db = getDb()) {
  const [counts] = await db.$queryRaw<
    { articles: number; speakers: number; quotes: number; claims: number; topics: number }[]
  >`
    SELECT (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(*) FROM "Speaker")::int AS speakers,
      (SELECT count(*) FROM "Quote")::int AS quotes, (SELECT count(*) FROM "Claim")::int AS claims,
      (SELECT count(*) FROM "Topic")::int AS topics`;
  return counts ?? { articles: 0, speakers: 0, quotes: 0, claims: 0, topics: 0 };
}
