import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connectDatabase, disconnectDatabase, getDb } from "@/lib/db";
import { DatabaseError } from "@/lib/database/database-error";
import { provideDatabase } from "@/lib/database/provide-database";
import { assertThrowaway } from "../support/throwaway-database";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");

describe("database resolution", () => {
  it("explains an unreachable DATABASE_URL in one line", async () => {
    const attempt = provideDatabase({
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/missing",
      SAIDWHAT_DATA_DIR: ".data",
      EMBEDDED_PG_PORT: 0,
    });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseError);
    await expect(attempt).rejects.toThrow(
      /^Cannot use DATABASE_URL \(127\.0\.0\.1:1\/missing as nobody\): nothing is listening there/,
    );
    const error = await attempt.catch((caught: unknown) => caught);
    expect(String(error instanceof Error ? error.message : error)).not.toContain("\n");
  });

  it("refuses to reset a database the tests did not create", () => {
    expect(() => assertThrowaway("postgresql://postgres@127.0.0.1:5432/postgres")).toThrow(/Refusing/);
    expect(() => assertThrowaway("postgresql://postgres@db.example.com:5432/saidwhat_test_1")).toThrow(/local/);
  });
});

describe("migrations", () => {
  beforeAll(async () => {
    connectDatabase(databaseUrl);
    await resetDatabase(getDb(), databaseUrl);
  });
  afterAll(() => disconnectDatabase());

  it("index quote text for full-text search, accents folded", async () => {
    const db = getDb();
    await db.article.create({
      data: {
        id: "a",
        sourceFile: "a.txt",
        contentHash: "h",
        title: "T",
        body: "Zajárova said the summits were failing.",
      },
    });
    await db.quote.create({
      data: {
        id: "q",
        articleId: "a",
        kind: "DIRECT",
        text: "the summits were failing",
        startOffset: 14,
        endOffset: 38,
        confidence: 1,
        rule: "test",
      },
    });
    const hits = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Quote" WHERE "searchVector" @@ websearch_to_tsquery('english', saidwhat_unaccent(${"summit fail"}))`;
    expect(hits.map((hit) => hit.id)).toEqual(["q"]);
    const misses = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Quote" WHERE "searchVector" @@ websearch_to_tsquery('english', ${"summit -fail"})`;
    expect(misses).toEqual([]);
  });

  it("find speaker aliases by trigram similarity", async () => {
    const db = getDb();
    await db.speaker.create({
      data: {
        id: "s",
        slug: "s",
        name: "Maria Example",
        kind: "PERSON",
        aliases: { create: { alias: "Maria Exampel", normalized: "maria exampel" } },
      },
    });
    const hits = await db.$queryRaw<{ speakerId: string }[]>`
      SELECT "speakerId" FROM "SpeakerAlias" WHERE similarity(normalized, ${"maria example"}) > 0.4`;
    expect(hits).toEqual([{ speakerId: "s" }]);
  });
});
