import pg from "pg";
import { connectionOptions } from "./connection-options";
import { DatabaseError } from "./database-error";

const MINIMUM_SERVER_VERSION = 140_000;

/** Connects once and checks the server version, turning driver errors into one
 * actionable sentence. */
export async function verifyConnection(databaseUrl: string): Promise<void> {
  const options = connectionOptions(databaseUrl);
  const where = `${options.host}:${options.port}/${options.database} as ${options.user}`;
  const client = new pg.Client({ ...options, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    const version = Number(result.rows[0]?.server_version_num ?? 0);
    if (version < MINIMUM_SERVER_VERSION) {
      throw new DatabaseError(`PostgreSQL at ${where} is version ${version}; saidwhat needs 14 or newer.`);
    }
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseError(`Cannot use DATABASE_URL (${where}): ${explain(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function explain(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const fix = " Fix DATABASE_URL, or unset it to use the embedded database.";
  switch (code) {
    case "ECONNREFUSED":
      return `nothing is listening there. Is PostgreSQL running?${fix}`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `the host name does not resolve.${fix}`;
    case "28P01":
    case "28000":
      return `the server refused the user name or password.${fix}`;
    case "3D000":
      return `the database does not exist. Create it (createdb) or point DATABASE_URL at an existing one.`;
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return `${message || "the connection failed"}.${fix}`;
    }
  }
}
