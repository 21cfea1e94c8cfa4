import { getDb, type Db } from "@/lib/db";

/** For labelling an article filter; null when no such article exists. */
export async function getArticleTitle(id: string, db: Db = getDb()): Promise<string | null> {
  const article = await db.article.findUnique({ where: { id }, select: { title: true } });
  return article?.title ?? null;
}
