import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { connectionOptions } from "./lib/database/connection-options";

// Prisma 6's WebAssembly schema engine runs migrations offline through a driver
// adapter; its native engine would have to be downloaded (docs/decisions/001).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run migrations through `npm run db:migrate`.");
    return Promise.resolve(new PrismaPg(connectionOptions(url)));
  },
});
