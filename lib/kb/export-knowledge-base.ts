import { getDb, type Db } from "@/lib/db";
import { fromDbPrecision, fromDbSpeakerKind, fromDbTopicKind, toIsoDay } from "./prisma-enums";
import { STORED_QUOTE_SELECT, toStoredQuote } from "./quote-fields";

/** The whole knowledge base as plain JSON (documented in the README). Rows are
 * ordered by id so that two exports of the same data are byte-identical. */
export async function exportKnowledgeBase(db: Db = getDb()) {
  const [articles, speakers, quotes, claims, topics] = await Promise.all([
    db.article.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        sourceFile: true,
        title: true,
        outlet: true,
        url: true,
        publishedOn: true,
        publishedPrecision: true,
        contentHash: true,
        summarySentences: {
          orderBy: { position: "asc" },
          select: { text: true, quotes: { select: { id: true }, orderBy: { id: "asc" } } },
        },
      },
    }),
    db.speaker.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        role: true,
        aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      },
    }),
    db.quote.findMany({
      orderBy: [{ articleId: "asc" }, { startOffset: "asc" }, { id: "asc" }],
      select: {
        ...STORED_QUOTE_SELECT,
        articleId: true,
        speakerId: true,
        claims: { select: { claimId: true }, orderBy: { claimId: "asc" } },
        topics: { select: { topicId: true }, orderBy: { topicId: "asc" } },
      },
    }),
    db.claim.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true, isNegated: true } }),
    db.topic.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, kind: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
    }),
  ]);

  return {
    format: "saidwhat-export/1",
    articles: articles.map((article) => ({
      id: article.id,
      sourceFile: article.sourceFile,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      publishedAt: toIsoDay(article.publishedOn),
      publishedPrecision: fromDbPrecision(article.publishedPrecision),
      contentHash: article.contentHash,
      summary: article.summarySentences.map((sentence) => sentence.text).join(" "),
      summarySentences: article.summarySentences.map((sentence) => ({
        text: sentence.text,
        quoteIds: sentence.quotes.map((quote) => quote.id),
      })),
    })),
    speakers: speakers.map((speaker) => ({
      id: speaker.id,
      name: speaker.name,
      aliases: speaker.aliases.map((alias) => alias.alias),
      role: speaker.role,
      kind: fromDbSpeakerKind(speaker.kind),
    })),
    quotes: quotes.map((quote) => {
      const { id, ...stored } = toStoredQuote(quote);
      return {
        id,
        articleId: quote.articleId,
        speakerId: quote.speakerId,
        ...stored,
        claimIds: quote.claims.map((link) => link.claimId),
        topicIds: quote.topics.map((link) => link.topicId),
      };
    }),
    claims: claims.map((claim) => ({ id: claim.id, text: claim.text, isNegated: claim.isNegated })),
    topics: topics.map((topic) => ({
      id: topic.id,
      name: topic.name,
      kind: fromDbTopicKind(topic.kind),
      aliases: topic.aliases.map((alias) => alias.alias),
    })),
  };
}

export type KnowledgeBaseExport = Awaited<ReturnType<typeof exportKnowledgeBase>>;
