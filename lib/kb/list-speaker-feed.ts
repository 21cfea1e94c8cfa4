import { getDb, type Db } from "@/lib/db";
import { fromDbQuoteKind, toIsoDay } from "./prisma-enums";
import { statementDate } from "./statement-date";

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
      statedOn: true,
      statedPrecision: true,
      statedPhrase: true,
      article: {
        select: {
          id: true,
          title: true,
          outlet: true,
          url: true,
          publishedOn: true,
          publishedPrecision: true,
          importedAt: true,
        },
      },
    },
  });
  return quotes.map((quote) => ({
    id: quote.id,
    text: quote.text,
    kind: fromDbQuoteKind(quote.kind),
    speakerRole: quote.speakerRole,
    date: statementDate(
      { on: toIsoDay(quote.statedOn), precision: quote.statedPrecision, phrase: quote.statedPhrase },
      { on: toIsoDay(quote.article.publishedOn), precision: quote.article.publishedPrecision },
    ),
    importedAt: quote.article.importedAt.toISOString(),
    article: { id: quote.article.id, title: quote.article.title, outlet: quote.article.outlet, url: quote.article.url },
  }));
}

export type FeedEntry = Awaited<ReturnType<typeof listSpeakerFeed>>[number];
