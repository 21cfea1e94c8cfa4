import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { connectionOptions } from "@/lib/database/connection-options";
import { startEmbeddedServer } from "@/lib/database/embedded-server";
import { verifyConnection } from "@/lib/database/verify-connection";

const TEST_DATABASE_PREFIX = "saidwhat_test_";

export type ThrowawayDatabase = { databaseUrl: string; drop(): Promise<void> };

/** A fresh, migrated database for one test run: on DATABASE_URL's server when
 * it is set, otherwise on an embedded server in a temporary folder. Tests only
 * ever write to the database this returns. */
export async function createThrowawayDatabase(externalUrl: string | undefined): Promise<ThrowawayDatabase> {
  const name = `${TEST_DATABASE_PREFIX}${process.pid}_${Date.now().toString(36)}`;
  const database = externalUrl ? await createOnServer(externalUrl, name) : await createEmbedded(name);
  await applyMigrations(database.databaseUrl);
  return database;
}

/** Refuses any database this module did not name, and any that is not local. */
export function assertThrowaway(databaseUrl: string): void {
  const { host, database } = connectionOptions(databaseUrl);
  if (!database.startsWith(TEST_DATABASE_PREFIX)) {
    throw new Error(`Refusing to touch ${database}: tests only use databases they created (${TEST_DATABASE_PREFIX}*).`);
  }
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
    throw new Error(`Refusing to touch ${database} on ${host}: tests only reset local databases.`);
  }
}

async function createOnServer(serverUrl: string, name: string): Promise<ThrowawayDatabase> {
  await verifyConnection(serverUrl);
  const admin = connectionOptions(serverUrl);
  const databaseUrl = withDatabaseName(serverUrl, name);
  assertThrowaway(databaseUrl);
  await runAdmin(admin, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  return {
    databaseUrl,
    drop: () => runAdmin(admin, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  };
}

async function createEmbedded(name: string): Promise<ThrowawayDatabase> {
  const folder = await mkdtemp(path.join(tmpdir(), "saidwhat-test-"));
  // When run as root PostgreSQL runs as another user, who must reach the folder.
  await chmod(folder, 0o755);
  const server = await startEmbeddedServer({ dataDir: path.join(folder, "postgres"), port: 0, database: name });
  return {
    databaseUrl: server.databaseUrl,
    drop: async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function runAdmin(options: ReturnType<typeof connectionOptions>, sql: string): Promise<void> {
  const client = new pg.Client(options);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabaseName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
