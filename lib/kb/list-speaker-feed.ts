import { getDb, type Db } from "@/lib/db";
import { fromDbQuoteKind } from "./prisma-enums";
import { ARTICLE_CITATION_SELECT, STATED_DATE_SELECT, storedStatementDate } from "./statement-date";

export const FEED_LENGTH = 50;

/** A speaker's most recently imported statements, for their Atom feed. Ordered
 * by import rather than by statement date, so that an article about something
 * said long ago still reaches subscribers as news to them. */
export async function listSpeakerFeed(slug: string, db: Db = getDb()) {
  const quotes = await db.quote.findMany({
    where: { speaker: { slug } },
    orderBy: [{ article: { importedAt: "desc" } }, { articleId: "asc" }, { startOffset: "asc" }],
    take: FEED_LENGTH,
    select: {
      id: true,
      text: true,
      kind: true,
      speakerRole: true,
      ...STATED_DATE_SELECT,
      article: { select: { ...ARTICLE_CITATION_SELECT, importedAt: true } },
    },
  });
  return quotes.map((quote) => ({
    id: quote.id,
    text: quote.text,
    kind: fromDbQuoteKind(quote.kind),
    speakerRole: quote.speakerRole,
    date: storedStatementDate(quote, quote.article),
    importedAt: quote.article.importedAt.toISOString(),
    article: { id: quote.article.id, title: quote.article.title, outlet: quote.article.outlet, url: quote.article.url },
  }));
}

export type FeedEntry = Awaited<ReturnType<typeof listSpeakerFeed>>[number];
