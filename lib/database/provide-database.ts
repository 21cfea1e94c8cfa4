import path from "node:path";
import type { Env } from "@/lib/env";
import { connectionOptions } from "./connection-options";
import { startEmbeddedServer } from "./embedded-server";
import { verifyConnection } from "./verify-connection";

export type ProvidedDatabase = {
  databaseUrl: string;
  /** One line for people: where the data lives and how to use another server. */
  description: string;
  stop(): Promise<void>;
};

/** DATABASE_URL when it is set, otherwise the embedded server under the data dir. */
export async function provideDatabase(
  env: Pick<Env, "DATABASE_URL" | "SAIDWHAT_DATA_DIR" | "EMBEDDED_PG_PORT">,
): Promise<ProvidedDatabase> {
  if (env.DATABASE_URL) {
    await verifyConnection(env.DATABASE_URL);
    const { host, port, database } = connectionOptions(env.DATABASE_URL);
    return {
      databaseUrl: env.DATABASE_URL,
      description: `Using PostgreSQL at ${host}:${port}/${database} (from DATABASE_URL).`,
      stop: () => Promise.resolve(),
    };
  }
  const server = await startEmbeddedServer({
    dataDir: path.join(env.SAIDWHAT_DATA_DIR, "postgres"),
    port: env.EMBEDDED_PG_PORT,
  });
  return {
    databaseUrl: server.databaseUrl,
    description:
      `Using the embedded PostgreSQL: data in ${server.dataDir}, listening on 127.0.0.1:${server.port}. ` +
      `To use another server, set DATABASE_URL=postgresql://user:password@host:5432/database.`,
    stop: () => server.stop(),
  };
}
