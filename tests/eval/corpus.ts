import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  crossArticleClaimsSchema,
  crossArticlePeopleSchema,
  goldArticleSchema,
  type CrossArticleClaims,
  type CrossArticlePeople,
  type GoldArticle,
} from "./gold-schema";

export const REPO_ROOT = resolve(fileURLToPath(import.meta.url), "../../..");
export const SEEDS_DIR = join(REPO_ROOT, "seeds");
export const FIXTURE_ARTICLES_DIR = join(REPO_ROOT, "tests/fixtures/articles");
export const EXPECTED_DIR = join(REPO_ROOT, "tests/fixtures/expected");

export type CorpusGroup = "seed" | "fixture";

/** One article with a gold file. `name` is the gold file's base name. */
export type GoldCase = { group: CorpusGroup; name: string; articlePath: string; goldPath: string };

function findArticleFor(name: string): { group: CorpusGroup; articlePath: string } {
  const seedPath = join(SEEDS_DIR, `${name}.txt`);
  if (existsSync(seedPath)) return { group: "seed", articlePath: seedPath };
  for (const extension of [".txt", ".md"]) {
    const fixturePath = join(FIXTURE_ARTICLES_DIR, `${name}${extension}`);
    if (existsSync(fixturePath)) return { group: "fixture", articlePath: fixturePath };
  }
  throw new Error(`gold file ${name}.json has no article in seeds/ or tests/fixtures/articles/`);
}

/** Cross-article files name articles by file name ("003_aecb6d40f59cfbec.txt"). */
export function caseNameOf(articleFileName: string): string {
  return articleFileName.replace(/\.(txt|md)$/, "");
}

/** Every gold file except the shared `_cross-article-*.json`, seeds first. */
export function listGoldCases(): GoldCase[] {
  const cases = readdirSync(EXPECTED_DIR)
    .filter((file) => file.endsWith(".json") && !file.startsWith("_"))
    .sort()
    .map((file): GoldCase => {
      const name = file.slice(0, -".json".length);
      return { name, goldPath: join(EXPECTED_DIR, file), ...findArticleFor(name) };
    });
  return [...cases.filter((c) => c.group === "seed"), ...cases.filter((c) => c.group === "fixture")];
}

function readJsonFile<T extends z.ZodType>(path: string, schema: T): z.output<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`invalid gold file ${path}:\n${issues}`);
  }
  return parsed.data;
}

export function readGold(goldPath: string): GoldArticle {
  return readJsonFile(goldPath, goldArticleSchema);
}

export function readCrossArticleClaims(): CrossArticleClaims {
  return readJsonFile(join(EXPECTED_DIR, "_cross-article-claims.json"), crossArticleClaimsSchema);
}

export function readCrossArticlePeople(): CrossArticlePeople {
  return readJsonFile(join(EXPECTED_DIR, "_cross-article-people.json"), crossArticlePeopleSchema);
}

export function readArticleBytes(articlePath: string): Uint8Array {
  return new Uint8Array(readFileSync(articlePath));
}
