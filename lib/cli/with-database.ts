import { connectDatabase, disconnectDatabase } from "@/lib/db";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { provideDatabase } from "@/lib/database/provide-database";
import { env } from "@/lib/env";

/** Runs `work` against the configured database (started if embedded), with
 * migrations applied, and always releases it afterwards. */
export async function withDatabase<T>(
  work: (databaseUrl: string) => Promise<T>,
  log: (line: string) => void = console.log,
): Promise<T> {
  const database = await provideDatabase(env);
  try {
    log(database.description);
    await applyMigrations(database.databaseUrl);
    connectDatabase(database.databaseUrl);
    return await work(database.databaseUrl);
  } finally {
    await disconnectDatabase();
    await database.stop();
  }
}
