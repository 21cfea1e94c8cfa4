import { getDb, type Db } from "@/lib/db";
import { fromDbPrecision, toIsoDay } from "./prisma-enums";

export type ArticleListOptions = { page: number; pageSize: number };

/** Articles newest first, undated ones last, one page at a time, each with how
 * many statements it holds and from how many speakers. */
export async function listArticles(options: ArticleListOptions = { page: 1, pageSize: 50 }, db: Db = getDb()) {
  const { page, pageSize } = options;
  const [total, articles] = await Promise.all([
    db.article.count(),
    db.article.findMany({
      orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        title: true,
        sourceFile: true,
        outlet: true,
        url: true,
        publishedOn: true,
        publishedPrecision: true,
        _count: { select: { quotes: true } },
        quotes: {
          distinct: ["speakerId"],
          where: { speakerId: { not: null } },
          select: { speaker: { select: { slug: true, name: true } } },
        },
      },
    }),
  ]);
  const items = articles.map((article) => ({
    id: article.id,
    title: article.title,
    sourceFile: article.sourceFile,
    outlet: article.outlet,
    url: article.url,
    publishedOn: toIsoDay(article.publishedOn),
    publishedPrecision: fromDbPrecision(article.publishedPrecision),
    quoteCount: article._count.quotes,
    speakers: article.quotes
      .flatMap((quote) => (quote.speaker ? [quote.speaker] : []))
      .sort((left, right) => left.name.localeCompare(right.name)),
  }));
  return { items, total, page, pageSize };
}

export type ArticleListItem = Awaited<ReturnType<typeof listArticles>>["items"][number];
