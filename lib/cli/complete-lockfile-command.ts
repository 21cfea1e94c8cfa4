import { readFile, writeFile } from "node:fs/promises";
import { completeLockfile, parseLockfile } from "../lockfile/complete-lockfile";

const LOCKFILE = "package-lock.json";

/** `npm run lock:complete`: adds the other platforms' native binaries that this registry does not serve. */
export default async function completeLockfileCommand(): Promise<number> {
  const lockfile = parseLockfile(await readFile(LOCKFILE, "utf8"));
  const { lockfile: completed, added, unknown } = completeLockfile(lockfile);
  if (added.length > 0) await writeFile(LOCKFILE, `${JSON.stringify(completed, null, 2)}\n`);
  console.log(added.length === 0 ? `${LOCKFILE} is complete.` : `Added to ${LOCKFILE}: ${added.join(", ")}`);
  for (const dependency of unknown) {
    console.error(
      `Cannot tell the platform or exact version of ${dependency.name}@${dependency.version} (needed by ${dependency.parent}); add it by hand.`,
    );
  }
  return unknown.length === 0 ? 0 : 1;
}
