import { extractArticle } from "@/lib/extract/extract-article";
import type { ArticleSource, ExtractedArticle } from "@/lib/extract/types";
import { getDb, type Db } from "@/lib/db";
import { articleIdFor, contentHash, quoteIdFor, summarySentenceIdFor } from "./ids";
import { fromIsoDay, toDbPrecision, toDbQuoteKind } from "./prisma-enums";
import { removeOrphans } from "./remove-orphans";
import { resolveClaims } from "./resolve-claims";
import { resolveSpeakers } from "./resolve-speakers";
import type { Tx } from "./transaction";
import { upsertTopics } from "./upsert-topics";

export type ImportCounts = { quotes: number; speakers: number; claims: number; topics: number };

export type ImportOutcome =
  | { status: "unchanged"; articleId: string }
  | { status: "imported" | "replaced"; articleId: string; counts: ImportCounts };

/** Imports one article file. The same bytes twice change nothing; changed bytes
 * replace the earlier version in one transaction. Extraction runs before the
 * transaction, so a file the pipeline rejects writes nothing. */
export async function importArticle(source: ArticleSource, db: Db = getDb()): Promise<ImportOutcome> {
  const hash = contentHash(source.bytes);
  const existing = await db.article.findUnique({
    where: { sourceFile: source.sourceFile },
    select: { id: true, contentHash: true },
  });
  if (existing?.contentHash === hash) return { status: "unchanged", articleId: existing.id };

  const article = extractArticle(source);
  const articleId = existing?.id ?? (await freeArticleId(db, articleIdFor(source.sourceFile)));
  await db.$transaction(
    async (tx) => {
      if (existing) await tx.article.delete({ where: { id: existing.id }, select: { id: true } });
      await writeArticle(tx, articleId, hash, article);
      await removeOrphans(tx);
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return {
    status: existing ? "replaced" : "imported",
    articleId,
    counts: {
      quotes: article.quotes.length,
      speakers: article.speakers.length,
      claims: article.claims.length,
      topics: article.topics.length,
    },
  };
}

async function writeArticle(tx: Tx, articleId: string, hash: string, article: ExtractedArticle): Promise<void> {
  const speakerIds = await resolveSpeakers(tx, article.speakers);
  const claimIds = await resolveClaims(tx, article.claims);
  await upsertTopics(tx, article.topics);

  await tx.article.create({
    data: {
      id: articleId,
      sourceFile: article.sourceFile,
      contentHash: hash,
      title: article.title,
      isTitleDerived: article.isTitleDerived,
      outlet: article.outlet,
      url: article.url,
      publishedOn: fromIsoDay(article.published.date),
      publishedPrecision: toDbPrecision(article.published.precision),
      publishedDateSource: article.published.source,
      body: article.body,
    },
    select: { id: true },
  });

  const quoteRows = article.quotes.map((quote, index) => ({
    id: quoteIdFor(articleId, quote.startOffset, quote.text),
    quote,
    keyRank: rankOf(article.summary.keyQuoteIndexes, index),
  }));
  await tx.quote.createMany({
    data: quoteRows.map(({ id, quote, keyRank }) => ({
      id,
      articleId,
      speakerId: quote.speakerKey ? (speakerIds.get(quote.speakerKey) ?? null) : null,
      kind: toDbQuoteKind(quote.kind),
      text: quote.text,
      startOffset: quote.startOffset,
      endOffset: quote.endOffset,
      cue: quote.cue,
      mention: quote.mention,
      speakerRole: quote.speakerRole,
      confidence: quote.confidence,
      rule: quote.rule,
      statedOn: fromIsoDay(quote.stated.date),
      statedPrecision: toDbPrecision(quote.stated.precision),
      statedPhrase: quote.stated.phrase,
      keyRank,
    })),
  });
  await tx.quoteClaim.createMany({
    data: quoteRows.flatMap(({ id, quote }) =>
      quote.claimIndexes.map((claimIndex) => ({ quoteId: id, claimId: itemAt(claimIds, claimIndex), similarity: 1 })),
    ),
    skipDuplicates: true,
  });
  await tx.quoteTopic.createMany({
    data: quoteRows.flatMap(({ id, quote }) => quote.topicKeys.map((topicId) => ({ quoteId: id, topicId }))),
    skipDuplicates: true,
  });
  for (const [position, sentence] of article.summary.sentences.entries()) {
    await tx.summarySentence.create({
      data: {
        id: summarySentenceIdFor(articleId, position),
        articleId,
        position,
        text: sentence.text,
        startOffset: sentence.startOffset,
        endOffset: sentence.endOffset,
        quotes: { connect: sentence.quoteIndexes.map((index) => ({ id: itemAt(quoteRows, index).id })) },
      },
      select: { id: true },
    });
  }
}

/** The pipeline links quotes, claims and summary sentences by index; an index
 * that points nowhere is a pipeline bug, not something to store silently. */
function itemAt<T>(items: T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Extraction output refers to missing item ${index}`);
  return item;
}

function rankOf(keyQuoteIndexes: number[], quoteIndex: number): number | null {
  const position = keyQuoteIndexes.indexOf(quoteIndex);
  return position === -1 ? null : position + 1;
}

/** Article ids come from file names; two names can slugify alike ("a b.txt", "a-b.txt"). */
async function freeArticleId(db: Db, base: string): Promise<string> {
  const taken = await db.article.findMany({ where: { id: { startsWith: base } }, select: { id: true } });
  const takenIds = new Set(taken.map((row) => row.id));
  if (!takenIds.has(base)) return base;
  let suffix = 2;
  while (takenIds.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
