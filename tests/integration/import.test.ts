import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { collectArticleFiles } from "@/lib/cli/collect-article-files";
import { importFiles } from "@/lib/cli/import-files";
import { connectDatabase, disconnectDatabase, getDb } from "@/lib/db";
import { exportKnowledgeBase } from "@/lib/kb/export-knowledge-base";
import { exportSchema } from "../support/export-schema";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");
const quiet = () => undefined;

async function copyOfSeeds(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "saidwhat-import-"));
  await cp("seeds", folder, { recursive: true });
  return folder;
}

describe("import", () => {
  beforeEach(async () => {
    connectDatabase(databaseUrl);
    await resetDatabase(getDb(), databaseUrl);
  });
  afterAll(() => disconnectDatabase());

  it("imports a folder twice: the second run changes nothing and the exports are identical", async () => {
    const files = await collectArticleFiles(["seeds"]);
    const first = await importFiles(files, quiet);
    expect(first).toMatchObject({ imported: 5, failed: 0 });
    const before = await exportKnowledgeBase();

    const second = await importFiles(files, quiet);
    expect(second).toMatchObject({ imported: 0, replaced: 0, unchanged: 5, failed: 0 });
    expect(await exportKnowledgeBase()).toEqual(before);
  });

  it("exports the documented format, every quote pointing at its exact words", async () => {
    await importFiles(await collectArticleFiles(["seeds"]), quiet);
    const exported = exportSchema.parse(await exportKnowledgeBase());
    expect(exported.articles.map((article) => article.sourceFile).sort()).toEqual([
      "000_851aaf5485cffdb3.txt",
      "001_55c245188ef25330.txt",
      "002_66199340dd34d6ca.txt",
      "003_aecb6d40f59cfbec.txt",
      "004_334d1856cee0a5ac.txt",
    ]);
    const bodies = new Map(
      (await getDb().article.findMany({ select: { id: true, body: true } })).map((row) => [row.id, row.body]),
    );
    for (const quote of exported.quotes) {
      expect(bodies.get(quote.articleId)?.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
    }
    expect(exported.articles.find((article) => article.sourceFile.startsWith("002_"))?.publishedAt).toBe("2023-07-11");
  });

  it("keeps one speaker per person across articles and spellings, and never a person only mentioned", async () => {
    await importFiles(await collectArticleFiles(["seeds"]), quiet);
    const { speakers, quotes, claims } = exportSchema.parse(await exportKnowledgeBase());
    const named = (surname: RegExp) => speakers.filter((speaker) => surname.test(speaker.name));
    expect(named(/Zakharova|Zajárova/)).toHaveLength(1);
    expect(named(/Lavrov/)).toHaveLength(1);
    expect(named(/Peskov/)).toHaveLength(1);
    expect(named(/Putin/)).toHaveLength(0);

    const claimsOf = (speakerId: string | undefined) =>
      new Set(quotes.filter((quote) => quote.speakerId === speakerId).flatMap((quote) => quote.claimIds));
    const peskovClaims = claimsOf(named(/Peskov/)[0]?.id);
    const shared = [...claimsOf(named(/Zakharova/)[0]?.id)].filter((id) => peskovClaims.has(id));
    const sharedTexts = claims.filter((claim) => shared.includes(claim.id)).map((claim) => claim.text);
    expect(sharedTexts.some((text) => /NATO is at war with Russia/i.test(text))).toBe(true);
  });

  it("replaces an edited file in one piece, without duplicates", async () => {
    const folder = await copyOfSeeds();
    try {
      await importFiles(await collectArticleFiles([folder]), quiet);
      const edited = path.join(folder, "000_851aaf5485cffdb3.txt");
      const added = "\n\n“We will answer every provocation,” the spokesman said on Monday.\n";
      await writeFile(edited, (await readFile(edited, "utf8")) + added);

      const report = await importFiles(await collectArticleFiles([folder]), quiet);
      expect(report).toMatchObject({ replaced: 1, unchanged: 4, failed: 0 });
      const exported = exportSchema.parse(await exportKnowledgeBase());
      expect(exported.articles).toHaveLength(5);
      expect(exported.quotes.some((quote) => quote.text.startsWith("We will answer every provocation"))).toBe(true);
      const names = exported.speakers.map((speaker) => speaker.name);
      expect(new Set(names).size).toBe(names.length);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("reports a bad file by name and reason, writes nothing for it, and imports the others", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "saidwhat-bad-"));
    try {
      await cp("seeds/000_851aaf5485cffdb3.txt", path.join(folder, "good.txt"));
      await writeFile(path.join(folder, "latin1.txt"), Buffer.from("Caf\xe9 \x93quoted\x94 said the owner.", "latin1"));
      const lines: string[] = [];
      const report = await importFiles(await collectArticleFiles([folder]), (line) => lines.push(line));
      expect(report).toMatchObject({ imported: 1, failed: 1 });
      expect(lines.find((line) => line.includes("latin1.txt"))).toMatch(/UTF-8/);
      expect(await getDb().article.count({ where: { sourceFile: "latin1.txt" } })).toBe(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("the CLI prints a line per file and exits non-zero when a file fails", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "saidwhat-cli-"));
    try {
      await cp("seeds/003_aecb6d40f59cfbec.txt", path.join(folder, "ok.txt"));
      await writeFile(path.join(folder, "empty.md"), "");
      const run = promisify(execFile)(process.execPath, ["--import", "tsx", "lib/cli/import.ts", folder], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      });
      const failure = await run.then(
        () => null,
        (error: { code: number; stdout: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toMatch(/✓ .*ok\.txt: imported, \d+ quotes/);
      expect(failure?.stdout).toMatch(/✗ .*empty\.md: /);
      expect(failure?.stdout).toMatch(/1 imported, 0 replaced, 0 unchanged, 1 failed/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
