/** Discrete pg connection options for a PostgreSQL URL.
 * Prisma's adapter spreads these for its shadow database, and a connectionString
 * would override the database it picks, so we never pass the URL itself. */
export type ConnectionOptions = {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
};

export function connectionOptions(databaseUrl: string): ConnectionOptions {
  const url = new URL(databaseUrl);
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`DATABASE_URL must start with postgresql:// (got ${url.protocol}//)`);
  }
  const hostFromQuery = url.searchParams.get("host");
  return {
    host: hostFromQuery ?? (decodeURIComponent(url.hostname) || "localhost"),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || "postgres",
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres",
  };
}
