import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { DatabaseError } from "./database-error";

/** Runs `prisma migrate deploy` (the committed migrations, never a reset). */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) {
    const log = output.join("");
    const firstError = log.split("\n").find((line) => /error/i.test(line)) ?? "see the output above";
    process.stderr.write(log);
    throw new DatabaseError(`Migrations failed: ${firstError.trim()}`);
  }
}
