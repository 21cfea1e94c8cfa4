import type { ChildProcess } from "node:child_process";
import { connectDatabase, disconnectDatabase } from "@/lib/db";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { provideDatabase } from "@/lib/database/provide-database";
import { env } from "@/lib/env";
import { getKnowledgeBaseCounts } from "@/lib/kb/get-knowledge-base-counts";
import { buildIfNeeded } from "./build-if-needed";
import { collectArticleFiles } from "./collect-article-files";
import { describeReport, importFiles } from "./import-files";
import { exitCodeOf, spawnPackageBin } from "./run-node-script";

const SEEDS_FOLDER = "seeds";

/** npm start: database (embedded or DATABASE_URL) → migrations → seeds when
 * the knowledge base is empty → build when needed → next start. The embedded
 * PostgreSQL stops with us, on exit, Ctrl-C or SIGTERM. */
export default async function startCommand(): Promise<number> {
  const database = await provideDatabase(env);
  let server: ChildProcess | undefined;
  const forwardSignal = (signal: NodeJS.Signals) => server?.kill(signal);
  process.on("SIGINT", forwardSignal);
  process.on("SIGTERM", forwardSignal);
  try {
    console.log(database.description);
    await applyMigrations(database.databaseUrl);
    connectDatabase(database.databaseUrl);
    await importSeedsIfEmpty();
    await disconnectDatabase();

    const childEnv = { ...process.env, DATABASE_URL: database.databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
    await buildIfNeeded(childEnv);
    console.log(`saidwhat is at http://localhost:${env.PORT} (Ctrl-C stops it).`);
    server = spawnPackageBin("next/dist/bin/next", ["start", "-p", String(env.PORT)], childEnv);
    return await exitCodeOf(server);
  } finally {
    await disconnectDatabase();
    await database.stop();
  }
}

async function importSeedsIfEmpty(): Promise<void> {
  const counts = await getKnowledgeBaseCounts();
  if (counts.articles > 0) {
    console.log(`The knowledge base holds ${counts.articles} articles and ${counts.quotes} quotes.`);
    return;
  }
  console.log(`The knowledge base is empty; importing ${SEEDS_FOLDER}/:`);
  const report = await importFiles(await collectArticleFiles([SEEDS_FOLDER]), console.log);
  console.log(describeReport(report));
}
