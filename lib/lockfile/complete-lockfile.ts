import { z } from "zod";

/**
 * The npm registry this project is installed from serves only some platforms'
 * prebuilt binaries (Linux, here). `npm install` silently skips the optional
 * dependencies it cannot fetch, so the lock file it writes has no entry for
 * them — and `npm ci` then refuses that lock file ("Missing: … from lock
 * file"). This adds the missing entries with the version the parent pins and
 * the platform spelled by the package name, which is all `npm ci` needs to
 * skip them on other platforms. On a platform that does need one, npm fetches
 * it by that exact version.
 */

const lockEntrySchema = z
  .object({
    version: z.string().optional(),
    dev: z.boolean().optional(),
    optionalDependencies: z.record(z.string(), z.string()).optional(),
  })
  .loose();

const lockfileSchema = z
  .object({
    lockfileVersion: z.literal(3),
    packages: z.record(z.string(), lockEntrySchema),
  })
  .loose();

export type Lockfile = z.infer<typeof lockfileSchema>;

/** Validates a lock file but keeps the parsed JSON itself: zod's output would
 * reorder each entry's keys, and the lock must stay as npm writes it. */
export function parseLockfile(text: string): Lockfile {
  const json: unknown = JSON.parse(text);
  lockfileSchema.parse(json);
  return json as Lockfile;
}
type LockEntry = z.infer<typeof lockEntrySchema>;

export interface MissingOptionalDependency {
  /** Lock key of the package that declares the dependency, e.g. `node_modules/next`. */
  parent: string;
  name: string;
  version: string;
}

/** Every optional dependency that no lock entry satisfies, where npm would look for it. */
export function findMissingOptionalDependencies(lockfile: Lockfile): MissingOptionalDependency[] {
  const missing: MissingOptionalDependency[] = [];
  for (const [parent, entry] of Object.entries(lockfile.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      if (!resolvesFrom(lockfile, parent, name)) missing.push({ parent, name, version });
    }
  }
  return missing;
}

/** Node's lookup: the parent's own node_modules, then each enclosing one up to the root. */
function resolvesFrom(lockfile: Lockfile, parent: string, name: string): boolean {
  let scope = parent;
  for (;;) {
    const key = scope === "" ? `node_modules/${name}` : `${scope}/node_modules/${name}`;
    if (key in lockfile.packages) return true;
    if (scope === "") return false;
    const enclosing = scope.lastIndexOf("/node_modules/");
    scope = enclosing === -1 ? "" : scope.slice(0, enclosing);
  }
}

export interface Platform {
  os?: string[];
  cpu: string[];
  libc?: string[];
}

const OPERATING_SYSTEMS = new Set([
  "aix",
  "android",
  "darwin",
  "freebsd",
  "linux",
  "netbsd",
  "openbsd",
  "openharmony",
  "sunos",
  "win32",
]);

/**
 * Reads the platform from the naming convention native packages share:
 * `<prefix>-<os>-<cpu>[-<abi>]` (`@next/swc-linux-x64-musl`,
 * `@tailwindcss/oxide-win32-arm64-msvc`) or `<prefix>-wasm32-wasi`.
 */
export function platformFromPackageName(name: string): Platform | null {
  const parts = (name.split("/").pop() ?? name).split("-");
  const start = parts.findIndex((part) => OPERATING_SYSTEMS.has(part) || part === "wasm32");
  if (start === -1) return null;
  const [first, cpu, abi] = parts.slice(start);
  if (first === "wasm32") return { cpu: ["wasm32"] };
  if (first === undefined || cpu === undefined) return null;
  const platform: Platform = { os: [first], cpu: [cpu] };
  if (first === "linux" && abi !== undefined) {
    if (abi.startsWith("musl")) platform.libc = ["musl"];
    else if (abi.startsWith("gnu")) platform.libc = ["glibc"];
  }
  return platform;
}

/** Native packages pin their binaries exactly; a range cannot be written as a lock entry's version. */
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export interface CompletionResult {
  lockfile: Lockfile;
  added: string[];
  /** Missing optional dependencies whose platform or exact version is not known; left for a person to look at. */
  unknown: MissingOptionalDependency[];
}

export function completeLockfile(lockfile: Lockfile): CompletionResult {
  const packages: Record<string, LockEntry> = { ...lockfile.packages };
  const added: string[] = [];
  const unknown: MissingOptionalDependency[] = [];
  for (const dependency of findMissingOptionalDependencies(lockfile)) {
    const platform = platformFromPackageName(dependency.name);
    const key = `node_modules/${dependency.name}`;
    if (platform === null || !EXACT_VERSION.test(dependency.version)) {
      unknown.push(dependency);
      continue;
    }
    if (key in packages) continue;
    const parentIsDev = packages[dependency.parent]?.dev === true;
    // Keys in the order npm itself writes them, so a later `npm install` leaves the entry as it is.
    packages[key] = {
      version: dependency.version,
      cpu: platform.cpu,
      ...(parentIsDev ? { dev: true } : {}),
      ...(platform.libc ? { libc: platform.libc } : {}),
      optional: true,
      ...(platform.os ? { os: platform.os } : {}),
    };
    added.push(`${dependency.name}@${dependency.version}`);
  }
  return { lockfile: { ...lockfile, packages: sortLikeNpm(packages) }, added, unknown };
}

function sortLikeNpm(packages: Record<string, LockEntry>): Record<string, LockEntry> {
  return Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b, "en")));
}
