import { connectDatabase, disconnectDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { buildIfNeeded } from "@/lib/cli/build-if-needed";
import { collectArticleFiles } from "@/lib/cli/collect-article-files";
import { importFiles } from "@/lib/cli/import-files";
import { exitCodeOf, spawnPackageBin } from "@/lib/cli/run-node-script";
import { createThrowawayDatabase } from "../support/throwaway-database";

/** The server Playwright tests run against: the real app (`next start`) on a
 * database of its own holding the seeds, dropped when Playwright stops it. */
const port = process.argv[2] ?? "3100";
const database = await createThrowawayDatabase(env.DATABASE_URL);
try {
  connectDatabase(database.databaseUrl);
  const report = await importFiles(await collectArticleFiles(["seeds"]), () => undefined);
  if (report.failed > 0) throw new Error(`${report.failed} seed articles failed to import`);
  await disconnectDatabase();
  const childEnv = { ...process.env, DATABASE_URL: database.databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  await buildIfNeeded(childEnv);
  const server = spawnPackageBin("next/dist/bin/next", ["start", "-p", port, "-H", "127.0.0.1"], childEnv);
  const stop = () => server.kill("SIGTERM");
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  process.exitCode = await exitCodeOf(server);
} finally {
  await disconnectDatabase();
  await database.drop();
}
