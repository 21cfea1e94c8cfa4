import type { TestProject } from "vitest/node";
import { env } from "@/lib/env";
import { createThrowawayDatabase } from "../support/throwaway-database";

/** One migrated database for the whole integration run, dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createThrowawayDatabase(env.DATABASE_URL);
  project.provide("databaseUrl", database.databaseUrl);
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
