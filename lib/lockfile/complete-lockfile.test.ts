import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  completeLockfile,
  findMissingOptionalDependencies,
  parseLockfile,
  platformFromPackageName,
} from "./complete-lockfile";

function lockWith(packages: Record<string, object>) {
  return parseLockfile(JSON.stringify({ name: "app", lockfileVersion: 3, requires: true, packages }));
}

describe("platformFromPackageName", () => {
  it.each([
    ["@next/swc-darwin-arm64", { os: ["darwin"], cpu: ["arm64"] }],
    ["@tailwindcss/oxide-win32-x64-msvc", { os: ["win32"], cpu: ["x64"] }],
    ["@next/swc-linux-x64-musl", { os: ["linux"], cpu: ["x64"], libc: ["musl"] }],
    ["@unrs/resolver-binding-linux-arm-gnueabihf", { os: ["linux"], cpu: ["arm"], libc: ["glibc"] }],
    ["@unrs/resolver-binding-android-arm-eabi", { os: ["android"], cpu: ["arm"] }],
    ["@tailwindcss/oxide-wasm32-wasi", { cpu: ["wasm32"] }],
    ["fsevents", null],
  ])("%s", (name, platform) => {
    expect(platformFromPackageName(name)).toEqual(platform);
  });
});

describe("completeLockfile", () => {
  const lock = lockWith({
    "": { name: "app", dependencies: { native: "1.0.0" } },
    "node_modules/native": {
      version: "1.0.0",
      dev: true,
      optionalDependencies: { "native-linux-x64-gnu": "1.0.0", "native-darwin-arm64": "1.0.0", fsevents: "~2.3.3" },
    },
    "node_modules/native-linux-x64-gnu": { version: "1.0.0", cpu: ["x64"], os: ["linux"], optional: true },
  });

  it("adds an entry for each unfetched platform binary, inheriting dev from its parent", () => {
    const { lockfile, added, unknown } = completeLockfile(lock);
    expect(added).toEqual(["native-darwin-arm64@1.0.0"]);
    expect(lockfile.packages["node_modules/native-darwin-arm64"]).toEqual({
      version: "1.0.0",
      cpu: ["arm64"],
      dev: true,
      optional: true,
      os: ["darwin"],
    });
    expect(unknown).toEqual([{ parent: "node_modules/native", name: "fsevents", version: "~2.3.3" }]);
  });

  it("keeps npm's key order so a later npm install rewrites nothing", () => {
    const keys = Object.keys(completeLockfile(lock).lockfile.packages);
    expect(keys).toEqual([
      "",
      "node_modules/native",
      "node_modules/native-darwin-arm64",
      "node_modules/native-linux-x64-gnu",
    ]);
  });

  it("counts a dependency nested under its parent as present", () => {
    const nested = lockWith({
      "node_modules/a": { version: "1.0.0", optionalDependencies: { "b-linux-x64": "2.0.0" } },
      "node_modules/a/node_modules/b-linux-x64": { version: "2.0.0" },
    });
    expect(findMissingOptionalDependencies(nested)).toEqual([]);
  });

  it("rejects a file that is not a version 3 lock file", () => {
    expect(() => parseLockfile(JSON.stringify({ lockfileVersion: 1, dependencies: {} }))).toThrow();
  });
});

describe("the committed package-lock.json", () => {
  it("has an entry for every platform binary, so `npm ci` accepts it (run `npm run lock:complete` after changing dependencies)", () => {
    const committed = parseLockfile(readFileSync("package-lock.json", "utf8"));
    const platformBinaries = findMissingOptionalDependencies(committed).filter(
      (dependency) => platformFromPackageName(dependency.name) !== null,
    );
    expect(platformBinaries).toEqual([]);
  });
});
