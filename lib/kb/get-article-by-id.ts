import { getDb, type Db } from "@/lib/db";
import { fromDbPrecision, toIsoDay } from "./prisma-enums";
import { PUBLISHED_DATE_SELECT } from "./statement-date";
import { LISTED_QUOTE_SELECT, toListedQuote } from "./quote-fields";

/** One article as the reader sees it: metadata, the summary with the quotes
 * each sentence cites, the key statements, and every quote with its offsets
 * into the stored body so the text can be marked up. */
export async function getArticleById(id: string, db: Db = getDb()) {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      isTitleDerived: true,
      outlet: true,
      url: true,
      sourceFile: true,
      importedAt: true,
      ...PUBLISHED_DATE_SELECT,
      publishedDateSource: true,
      body: true,
      summarySentences: {
        orderBy: { position: "asc" },
        select: { id: true, text: true, quotes: { select: { id: true } } },
      },
      quotes: {
        orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }],
        select: { ...LISTED_QUOTE_SELECT, keyRank: true },
      },
    },
  });
  if (!article) return null;
  const quotes = article.quotes.map((quote) => ({ ...toListedQuote(quote, article), keyRank: quote.keyRank }));
  const quotesById = new Map(quotes.map((quote) => [quote.id, quote]));
  return {
    id: article.id,
    title: article.title,
    isTitleDerived: article.isTitleDerived,
    outlet: article.outlet,
    url: article.url,
    sourceFile: article.sourceFile,
    importedAt: article.importedAt.toISOString(),
    published: {
      on: toIsoDay(article.publishedOn),
      precision: fromDbPrecision(article.publishedPrecision),
      source: article.publishedDateSource,
    },
    body: article.body,
    summary: article.summarySentences.map((sentence) => ({
      id: sentence.id,
      text: sentence.text,
      // In reading order, whatever order the join table returns them in.
      quotes: sentence.quotes
        .map((link) => quotesById.get(link.id))
        .filter((quote) => quote !== undefined)
        .sort((left, right) => left.startOffset - right.startOffset)
        .map((quote) => ({ id: quote.id, speaker: quote.speaker })),
    })),
    keyQuotes: quotes
      .filter((quote) => quote.keyRank !== null)
      .sort((left, right) => (left.keyRank ?? 0) - (right.keyRank ?? 0)),
    quotes,
  };
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticleById>>>;
