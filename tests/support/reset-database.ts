import type { Db } from "@/lib/db";
import { assertThrowaway } from "./throwaway-database";

/** Empties every table between tests, after checking the database is one the
 * test run created. */
export async function resetDatabase(db: Db, databaseUrl: string): Promise<void> {
  assertThrowaway(databaseUrl);
  await db.$executeRaw`TRUNCATE "Article", "Speaker", "Claim", "Topic" RESTART IDENTITY CASCADE`;
}
