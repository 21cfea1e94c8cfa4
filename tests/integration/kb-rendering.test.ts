import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ArticleText } from "@/components/article-text";
import { HighlightedText } from "@/components/highlighted-text";
import { JsonLd } from "@/components/json-ld";
import { connectDatabase, disconnectDatabase, getDb } from "@/lib/db";
import { articleParagraphs } from "@/lib/kb/article-paragraphs";
import { getArticleById } from "@/lib/kb/get-article-by-id";
import { getQuoteById } from "@/lib/kb/get-quote-by-id";
import { searchStatements } from "@/lib/kb/search-statements";
import { statementSearchSchema } from "@/lib/validation/statement-filters";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");

const HOSTILE = `<script>alert("body")</script>`;
const BODY = [
  `An article with ${HOSTILE} and <img src=x onerror=alert(1)> in its first paragraph.`,
  "",
  "“The <b>alliance</b> is at war, <img src=x onerror=alert(2)>,” the ministry said. 🇷🇺 one two three four.",
  "A third paragraph \uE000with\uE001 private-use characters.",
].join("\n");

function span(text: string): { startOffset: number; endOffset: number } {
  const start = BODY.indexOf(text);
  if (start < 0) throw new Error(`not in body: ${text}`);
  return { startOffset: start, endOffset: start + text.length };
}

/** Hostile markup, an emoji before the quotes (UTF-16 offsets), and two
 * quotes that overlap: "one two three" and "two three four". */
async function insertHostileArticle(): Promise<void> {
  const db = getDb();
  await db.article.create({
    data: { id: "hostile", sourceFile: "hostile.txt", contentHash: "h", title: `Title ${HOSTILE}`, body: BODY },
  });
  await db.speaker.create({
    data: { id: "ministry", slug: "ministry", name: `Ministry <i>of</i> ${HOSTILE}`, kind: "ORGANIZATION" },
  });
  const quotes = [
    { id: "q-markup", text: "The <b>alliance</b> is at war, <img src=x onerror=alert(2)>," },
    { id: "q-first", text: "one two three" },
    { id: "q-second", text: "two three four" },
  ];
  for (const quote of quotes) {
    await db.quote.create({
      data: {
        ...quote,
        ...span(quote.text),
        articleId: "hostile",
        speakerId: "ministry",
        kind: "DIRECT",
        confidence: 1,
        rule: "test",
      },
    });
  }
}

const markup = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

describe("rendering article text", () => {
  beforeAll(async () => {
    connectDatabase(databaseUrl);
    await resetDatabase(getDb(), databaseUrl);
    await insertHostileArticle();
  });
  afterAll(() => disconnectDatabase());

  it("renders markup in an article as text, with every statement marked and anchored", async () => {
    const article = await getArticleById("hostile");
    expect(article).not.toBeNull();
    if (!article) return;
    const html = markup(createElement(ArticleText, { article }));
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(html).toContain("&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
    for (const id of ["q-markup", "q-first", "q-second"]) {
      expect(html).toContain(`id="quote-${id}"`);
      expect(html).toContain(`href="/quotes/${id}"`);
    }
    // The overlap "two three" is covered by both quotes: a deeper shade.
    expect(html).toMatch(/<mark[^>]*bg-amber-200[^>]*>two three<\/mark>/);
  });

  it("splits overlapping quotes into pieces that rebuild each paragraph exactly", () => {
    const spans = [
      { id: "q-first", start: span("one two three").startOffset, end: span("one two three").endOffset },
      { id: "q-second", start: span("two three four").startOffset, end: span("two three four").endOffset },
      { id: "broken", start: 5, end: 10_000 },
    ];
    const paragraphs = articleParagraphs(BODY, spans);
    expect(paragraphs.map((paragraph) => paragraph.pieces.map((piece) => piece.text).join(""))).toEqual(
      BODY.split("\n").filter((line) => line !== ""),
    );
    const pieces = paragraphs[1]?.pieces ?? [];
    expect(pieces.filter((piece) => piece.spanIds.length > 0).map((piece) => [piece.text, piece.spanIds])).toEqual([
      ["one ", ["q-first"]],
      ["two three", ["q-first", "q-second"]],
      [" four", ["q-second"]],
    ]);
  });

  it("returns the quote's paragraph with the quote's place in it", async () => {
    const quote = await getQuoteById("q-markup");
    expect(quote?.passage.text).toBe(BODY.split("\n")[2]);
    const [start, end] = quote?.passage.highlight ?? [0, 0];
    expect(quote?.passage.text.slice(start, end)).toBe("The <b>alliance</b> is at war, <img src=x onerror=alert(2)>,");
  });

  it("highlights search matches as text, even around private-use delimiters in the article", async () => {
    const { items } = await searchStatements(statementSearchSchema.parse({ q: "alliance" }));
    const [hit] = items;
    expect(hit?.matches.map(([start, end]) => hit.text.slice(start, end))).toEqual(["alliance"]);
    const html = markup(createElement(HighlightedText, { text: hit?.text ?? "", ranges: hit?.matches ?? [] }));
    expect(html).not.toMatch(/<b>|<img/);
    expect(html).toMatch(/&lt;b&gt;<mark[^>]*>alliance<\/mark>&lt;\/b&gt;/);
    const withDelimiters = await searchStatements(statementSearchSchema.parse({ q: "with" }));
    expect(withDelimiters.total).toBe(0);
  });

  it("keeps JSON-LD from closing its script element", () => {
    const html = markup(createElement(JsonLd, { data: { text: `</script><script>alert(1)</script>\u2028` } }));
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain("\\u003c/script>");
  });
});
