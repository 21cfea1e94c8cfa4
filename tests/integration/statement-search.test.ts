import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { normalizeName } from "@/lib/extract/names";
import { connectDatabase, disconnectDatabase, getDb } from "@/lib/db";
import { findNearMatches } from "@/lib/kb/find-near-matches";
import { listSpeakers } from "@/lib/kb/list-speakers";
import { searchClaims } from "@/lib/kb/search-claims";
import { searchStatements, type StatementHit } from "@/lib/kb/search-statements";
import { MAX_SEARCH_LENGTH, searchTextSchema } from "@/lib/validation/search-text";
import { speakerListSchema } from "@/lib/validation/speaker-list";
import { statementSearchSchema } from "@/lib/validation/statement-filters";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");

/** Two articles, three speakers (one with a transliterated alias), a claim
 * shared by two speakers, topics, and dates of every precision. */
async function insertKnowledgeBase(): Promise<void> {
  const db = getDb();
  const bodyA = "Zajárova said NATO is at war with Russia. Peskov said the summit failed. Lavrov said nothing new.";
  const bodyB = "Peskov repeated that NATO is at war with Russia and that weapons keep flowing.";
  await db.article.create({
    data: {
      id: "a",
      sourceFile: "a.txt",
      contentHash: "a",
      title: "Article A",
      body: bodyA,
      publishedOn: new Date("2023-07-11"),
      publishedPrecision: "DAY",
    },
  });
  await db.article.create({
    data: { id: "b", sourceFile: "b.txt", contentHash: "b", title: "Article B", body: bodyB },
  });
  for (const [id, name, aliases] of [
    ["maria-zakharova", "Maria Zakharova", ["Zakharova", "Zajárova"]],
    ["kyriakos-mitsotakis", "Kyriakos Mitsotakis", ["Κυριάκος Μητσοτάκης"]],
    ["dmitry-peskov", "Dmitry Peskov", ["Peskov"]],
    ["sergei-lavrov", "Sergei Lavrov", ["Lavrov", "Sergey Lavrov"]],
  ] as const) {
    await db.speaker.create({
      data: {
        id,
        slug: id,
        name,
        kind: "PERSON",
        aliases: {
          create: [name, ...aliases].map((alias) => ({
            alias,
            normalized: normalizeName(alias),
          })),
        },
      },
    });
  }
  await db.claim.create({ data: { id: "war", text: "NATO is at war with Russia", signature: "nato russia war" } });
  await db.claim.create({ data: { id: "summit", text: "The summit failed", signature: "fail summit" } });
  await db.topic.create({ data: { id: "nato", slug: "nato", name: "NATO", kind: "ORGANIZATION" } });
  const quote = (id: string, articleId: string, body: string, text: string, extra: Record<string, unknown>) => {
    const start = body.indexOf(text);
    return db.quote.create({
      data: {
        id,
        articleId,
        text,
        startOffset: start,
        endOffset: start + text.length,
        confidence: 1,
        rule: "test",
        kind: "INDIRECT",
        ...extra,
      },
    });
  };
  await quote("q-zakharova", "a", bodyA, "Zajárova said NATO is at war with Russia", {
    speakerId: "maria-zakharova",
    kind: "DIRECT",
    statedOn: new Date("2023-07-01"),
    statedPrecision: "MONTH",
    claims: { create: { claimId: "war", similarity: 1 } },
    topics: { create: { topicId: "nato" } },
  });
  await quote("q-peskov-summit", "a", bodyA, "the summit failed", {
    speakerId: "dmitry-peskov",
    claims: { create: { claimId: "summit", similarity: 1 } },
  });
  await quote("q-lavrov", "a", bodyA, "nothing new", {
    speakerId: "sergei-lavrov",
    statedOn: new Date("2022-01-01"),
    statedPrecision: "YEAR",
  });
  await quote("q-peskov-war", "b", bodyB, "NATO is at war with Russia and that weapons keep flowing", {
    speakerId: "dmitry-peskov",
    claims: { create: { claimId: "war", similarity: 1 } },
    topics: { create: { topicId: "nato" } },
  });
}

const search = (input: Record<string, string>) => searchStatements(statementSearchSchema.parse(input));
const ids = (items: StatementHit[]) => items.map((item) => item.id).sort();

describe("statement and claim search", () => {
  beforeAll(async () => {
    connectDatabase(databaseUrl);
    await resetDatabase(getDb(), databaseUrl);
    await insertKnowledgeBase();
  });
  afterAll(() => disconnectDatabase());

  it("reads phrases, OR and exclusions, and folds accents", async () => {
    expect(ids((await search({ q: '"at war"' })).items)).toEqual(["q-peskov-war", "q-zakharova"]);
    expect(ids((await search({ q: "summit OR nothing" })).items)).toEqual(["q-lavrov", "q-peskov-summit"]);
    expect(ids((await search({ q: "war -weapons" })).items)).toEqual(["q-zakharova"]);
    expect(ids((await search({ q: "zajarova" })).items)).toEqual(["q-zakharova"]);
  });

  it("marks the matched words in the stored text, accented or not", async () => {
    const [hit] = (await search({ q: "zajarova war" })).items;
    expect(hit?.matches.map(([start, end]) => hit.text.slice(start, end))).toEqual(["Zajárova", "war"]);
  });

  it("filters by speaker, topic, kind and article", async () => {
    expect(ids((await search({ speaker: "dmitry-peskov" })).items)).toEqual(["q-peskov-summit", "q-peskov-war"]);
    expect(ids((await search({ topic: "nato", kind: "direct" })).items)).toEqual(["q-zakharova"]);
    expect(ids((await search({ article: "b" })).items)).toEqual(["q-peskov-war"]);
  });

  it("matches date ranges against the whole period a fuzzy date may mean", async () => {
    // "July 2023" overlaps 15-20 July; the statement with no date of its own
    // takes its article's publication day, 11 July.
    expect(ids((await search({ from: "2023-07-15", to: "2023-07-20" })).items)).toEqual(["q-zakharova"]);
    expect(ids((await search({ from: "2023-07-11", to: "2023-07-11" })).items)).toEqual([
      "q-peskov-summit",
      "q-zakharova",
    ]);
    expect(ids((await search({ from: "2022", to: "2022" })).items)).toEqual(["q-lavrov"]);
    expect(statementSearchSchema.safeParse({ from: "2023-02-30" }).success).toBe(false);
    expect(statementSearchSchema.safeParse({ from: "2024-01-01", to: "2023-01-01" }).success).toBe(false);
  });

  it("sorts by date with undated statements last, and knows the total past the last page", async () => {
    const oldest = await search({ sort: "oldest" });
    expect(oldest.items.map((item) => item.id)).toEqual(["q-lavrov", "q-zakharova", "q-peskov-summit", "q-peskov-war"]);
    expect(oldest.items.at(-1)?.date).toMatchObject({ on: null, precision: "unknown", source: null });
    const pastTheEnd = await search({ page: "5", pageSize: "2" });
    expect(pastTheEnd).toMatchObject({ items: [], total: 4 });
  });

  it("counts a claim's statements and speakers over the filtered statements", async () => {
    const all = await searchClaims(statementSearchSchema.parse({}));
    expect(all.items[0]).toMatchObject({ id: "war", quoteCount: 2, speakerCount: 2 });
    const peskov = await searchClaims(statementSearchSchema.parse({ q: "war", speaker: "dmitry-peskov" }));
    expect(peskov.items).toEqual([expect.objectContaining({ id: "war", quoteCount: 1, speakerCount: 1 })]);
  });

  it("finds speakers by alias, prefix and misspelling", async () => {
    const names = async (q: string) =>
      (await listSpeakers(speakerListSchema.parse({ q }))).items.map((item) => item.name);
    expect(await names("zajarova")).toEqual(["Maria Zakharova"]);
    expect(await names("Zakharowa")).toEqual(["Maria Zakharova"]);
    expect(await names("pesk")).toEqual(["Dmitry Peskov"]);
    expect(await names("Sergey")).toEqual(["Sergei Lavrov"]);
  });

  it("finds speakers by names typed in other scripts", async () => {
    const names = async (q: string) =>
      (await listSpeakers(speakerListSchema.parse({ q }))).items.map((item) => item.name);
    // Cyrillic is romanized to meet the Latin spellings the articles use.
    expect(await names("Песков")).toEqual(["Dmitry Peskov"]);
    expect(await names("Мария Захарова")).toEqual(["Maria Zakharova"]);
    expect(await names("Дмитрий")).toEqual(["Dmitry Peskov"]);
    // Other scripts are matched against aliases written in them.
    expect(await names("Μητσοτάκης")).toEqual(["Kyriakos Mitsotakis"]);
    const [greek] = (await listSpeakers(speakerListSchema.parse({ q: "Μητσοτάκης" }))).items;
    expect(greek?.matchedAlias).toBe("Κυριάκος Μητσοτάκης");
    expect(await names("Ωμέγα")).toEqual([]);
    expect(await names("مرحبا")).toEqual([]);
    expect((await findNearMatches("Захаровва")).speakers.map((speaker) => speaker.name)).toEqual(["Maria Zakharova"]);
  });

  it("suggests near matches when nothing matches", async () => {
    expect(await search({ q: "Zakharovva" })).toMatchObject({ total: 0 });
    const near = await findNearMatches("Zakharovva");
    expect(near.speakers.map((speaker) => speaker.name)).toEqual(["Maria Zakharova"]);
    expect((await findNearMatches("the of and")).hasSearchableTerms).toBe(false);
    expect((await findNearMatches("sumit faild")).claims.map((claim) => claim.id)).toEqual(["summit"]);
  });

  it("dates a statement without a date of its own by its article, when that date changes too", async () => {
    const db = getDb();
    const newest = async () => (await search({ sort: "newest", pageSize: "1" })).items[0];
    expect(await newest()).toMatchObject({ id: "q-peskov-summit" });
    await db.article.update({
      where: { id: "b" },
      data: { publishedOn: new Date("2024-02-01"), publishedPrecision: "MONTH" },
    });
    try {
      expect(await newest()).toMatchObject({ id: "q-peskov-war", date: { on: "2024-02-01", source: "published" } });
      expect(ids((await search({ from: "2024-02-29", to: "2024-03-31" })).items)).toEqual(["q-peskov-war"]);
    } finally {
      await db.article.update({ where: { id: "b" }, data: { publishedOn: null, publishedPrecision: "UNKNOWN" } });
    }
    expect(ids((await search({ from: "2024" })).items)).toEqual([]);
  });

  const strangeSearches = [
    '"',
    "'",
    "\\",
    "\\\\'",
    "!:*&|<->",
    "a & b | !c <-> d:*",
    "(((",
    "-",
    "OR",
    "- OR -",
    '-"at war"',
    "*",
    ":*",
    "%_%",
    '\'); DROP TABLE "Quote"; --',
    "$1 $$ $body$",
    "war".repeat(1000),
    "x".repeat(3000),
    "🇷🇺💥 war 🤷🏽‍♀️",
    "\uD800",
    "abc\uDC00def",
    "war\u0000peace",
    "\u0007\u001b[31m",
    "e\u0301\u0301\u0301",
    "مرحبا שלום",
    "\uE000war\uE001",
    "   ",
  ];

  it.each(strangeSearches.map((q) => [JSON.stringify(q).slice(0, 40), q]))(
    "survives the search %s",
    async (_label, q) => {
      const parsed = statementSearchSchema.parse({ q });
      const statements = await searchStatements(parsed);
      const claims = await searchClaims(parsed);
      const speakers = await listSpeakers(speakerListSchema.parse({ q }));
      if (parsed.q !== undefined) await findNearMatches(parsed.q);
      expect(statements.total).toBeGreaterThanOrEqual(0);
      expect(claims.total).toBeGreaterThanOrEqual(0);
      expect(speakers.total).toBeGreaterThanOrEqual(0);
      for (const hit of statements.items) {
        for (const [start, end] of hit.matches) expect(0 <= start && start < end && end <= hit.text.length).toBe(true);
      }
    },
  );

  it("cleans search text into something PostgreSQL accepts", () => {
    expect(searchTextSchema.parse("war\u0000peace")).toBe("war peace");
    expect(searchTextSchema.parse("a\uD800b")).toBe("a\uFFFDb");
    expect(searchTextSchema.parse("   ")).toBeUndefined();
    expect(searchTextSchema.parse("é".repeat(5000))?.length).toBe(MAX_SEARCH_LENGTH);
    // A cut never leaves half a surrogate pair behind.
    expect(searchTextSchema.parse(`${"a".repeat(MAX_SEARCH_LENGTH - 1)}😀`)).toBe("a".repeat(MAX_SEARCH_LENGTH - 1));
  });
});
