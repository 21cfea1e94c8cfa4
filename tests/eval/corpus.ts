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

/** Where articles and their gold files live. The default is the seeds plus
 * the fixtures; `corpusAt` reads any folder laid out as articles/ + expected/
 * (a held-out set, say), whose articles all count as fixtures. */
export type Corpus = { articleDirs: { group: CorpusGroup; dir: string }[]; expectedDir: string };

export const DEFAULT_CORPUS: Corpus = {
  articleDirs: [
    { group: "seed", dir: SEEDS_DIR },
    { group: "fixture", dir: FIXTURE_ARTICLES_DIR },
  ],
  expectedDir: EXPECTED_DIR,
};

export function corpusAt(folder: string): Corpus {
  const root = resolve(folder);
  return { articleDirs: [{ group: "fixture", dir: join(root, "articles") }], expectedDir: join(root, "expected") };
}

/** One article with a gold file. `name` is the gold file's base name. */
export type GoldCase = { group: CorpusGroup; name: string; articlePath: string; goldPath: string };

function findArticleFor(name: string, corpus: Corpus): { group: CorpusGroup; articlePath: string } {
  for (const { group, dir } of corpus.articleDirs) {
    for (const extension of [".txt", ".md"]) {
      const articlePath = join(dir, `${name}${extension}`);
      if (existsSync(articlePath)) return { group, articlePath };
    }
  }
  const folders = corpus.articleDirs.map(({ dir }) => dir).join(" or ");
  throw new Error(`gold file ${name}.json has no article in ${folders}`);
}

/** Cross-article files name articles by file name ("003_aecb6d40f59cfbec.txt"). */
export function caseNameOf(articleFileName: string): string {
  return articleFileName.replace(/\.(txt|md)$/, "");
}

/** Every gold file except the shared `_cross-article-*.json`, seeds first. */
export function listGoldCases(corpus: Corpus = DEFAULT_CORPUS): GoldCase[] {
  const cases = readdirSync(corpus.expectedDir)
    .filter((file) => file.endsWith(".json") && !file.startsWith("_"))
    .sort()
    .map((file): GoldCase => {
      const name = file.slice(0, -".json".length);
      return { name, goldPath: join(corpus.expectedDir, file), ...findArticleFor(name, corpus) };
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

/** A corpus without cross-article files has no cross-article groups. */
function readOptionalGroups<T extends z.ZodType>(path: string, schema: T): z.output<T> | [] {
  return existsSync(path) ? readJsonFile(path, schema) : [];
}

export function readCrossArticleClaims(corpus: Corpus = DEFAULT_CORPUS): CrossArticleClaims {
  return readOptionalGroups(join(corpus.expectedDir, "_cross-article-claims.json"), crossArticleClaimsSchema);
}

export function readCrossArticlePeople(corpus: Corpus = DEFAULT_CORPUS): CrossArticlePeople {
  return readOptionalGroups(join(corpus.expectedDir, "_cross-article-people.json"), crossArticlePeopleSchema);
}

export function readArticleBytes(articlePath: string): Uint8Array {
  return new Uint8Array(readFileSync(articlePath));
}
