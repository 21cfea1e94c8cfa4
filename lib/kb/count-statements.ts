import { getDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatementFilters } from "@/lib/validation/statement-filters";
import { filterConditions, searchQuery, whereAll } from "./statement-sql";

/** How many statements match; the no-match page uses it to say what dropping
 * the filters would find. */
export async function countStatements(filters: StatementFilters, db: Db = getDb()): Promise<number> {
  const conditions = filterConditions(filters);
  if (filters.q !== undefined) conditions.push(Prisma.sql`q."searchVector" @@ p.query`);
  const [row] = await db.$queryRaw<{ total: number }[]>`
    WITH p AS (SELECT ${searchQuery(filters.q)} AS query)
    SELECT count(*)::int AS total
    FROM "Quote" q JOIN "Article" a ON a.id = q."articleId" LEFT JOIN "Speaker" s ON s.id = q."speakerId" CROSS JOIN p
    ${whereAll(conditions)}`;
  return row?.total ?? 0;
}
