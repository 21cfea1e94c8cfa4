import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { connectionOptions } from "@/lib/database/connection-options";
import { env } from "@/lib/env";

export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { saidwhatPrisma?: PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(connectionOptions(databaseUrl)) });
}

/** Points the process at a database the caller has resolved (the CLI after
 * starting the embedded server, a test after creating its own database). */
export function connectDatabase(databaseUrl: string): PrismaClient {
  globalForPrisma.saidwhatPrisma = createPrismaClient(databaseUrl);
  return globalForPrisma.saidwhatPrisma;
}

/** The process-wide client; the web server gets DATABASE_URL from `npm start`. */
export function getDb(): PrismaClient {
  if (globalForPrisma.saidwhatPrisma) return globalForPrisma.saidwhatPrisma;
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database.");
  }
  return connectDatabase(env.DATABASE_URL);
}

export async function disconnectDatabase(): Promise<void> {
  await globalForPrisma.saidwhatPrisma?.$disconnect();
  delete globalForPrisma.saidwhatPrisma;
}
