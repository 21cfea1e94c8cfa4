import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { exitCodeOf, spawnPackageBin } from "./run-node-script";

const SOURCES = [
  "app",
  "components",
  "lib",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

/** Builds the web app when there is no build yet or a source file is newer
 * than the last one, so `npm start` after a pull serves the current code. */
export async function buildIfNeeded(childEnv: NodeJS.ProcessEnv): Promise<void> {
  const builtAt = await modifiedAt(path.join(".next", "BUILD_ID"));
  if (builtAt !== null && (await newestSourceChange()) <= builtAt) return;
  console.log(
    builtAt === null ? "Building the web app (first start)…" : "Sources changed since the last build; rebuilding…",
  );
  const code = await exitCodeOf(spawnPackageBin("next/dist/bin/next", ["build"], childEnv));
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
}

async function modifiedAt(file: string): Promise<number | null> {
  const info = await stat(file).catch(() => null);
  return info ? info.mtimeMs : null;
}

async function newestSourceChange(): Promise<number> {
  let newest = 0;
  for (const source of SOURCES) {
    const info = await stat(source).catch(() => null);
    if (!info) continue;
    newest = Math.max(newest, info.mtimeMs);
    if (!info.isDirectory()) continue;
    for (const entry of await readdir(source, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const file = await modifiedAt(path.join(entry.parentPath, entry.name));
      newest = Math.max(newest, file ?? 0);
    }
  }
  return newest;
}
