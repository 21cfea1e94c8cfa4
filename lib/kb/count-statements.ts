import { getDb, type Db } from "@/lib/db";
import type { StatementFilters } from "@/lib/validation/statement-filters";
import { searchQuery, statementCount } from "./statement-sql";

/** How many statements match; the no-match page uses it to say what dropping
 * the filters would find. */
export async function countStatements(filters: StatementFilters, db: Db = getDb()): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    WITH p AS (SELECT ${searchQuery(filters.q)} AS query)
    SELECT ${statementCount(filters)} AS total`;
  return row?.total ?? 0;
}
