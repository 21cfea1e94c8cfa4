import { getDb, type Db } from "@/lib/db";
import { fromDbPrecision, fromDbSpeakerKind, toIsoDay } from "./prisma-enums";
import { ARTICLE_CITATION_SELECT, storedStatementDate } from "./statement-date";
import { STORED_QUOTE_SELECT, toStoredQuote } from "./quote-fields";
import { textPassage } from "./text-passage";

/** One statement's permalink: the words, who said them in what role, when,
 * what they claim and concern, and the paragraph they came from. */
export async function getQuoteById(id: string, db: Db = getDb()) {
  const quote = await db.quote.findUnique({
    where: { id },
    select: {
      ...STORED_QUOTE_SELECT,
      keyRank: true,
      speaker: { select: { slug: true, name: true, kind: true, role: true } },
      article: { select: { ...ARTICLE_CITATION_SELECT, body: true } },
      claims: { select: { claim: { select: { id: true, text: true, _count: { select: { quotes: true } } } } } },
      topics: { select: { topic: { select: { slug: true, name: true } } } },
    },
  });
  if (!quote) return null;
  const { article } = quote;
  return {
    ...toStoredQuote(quote),
    isKeyStatement: quote.keyRank !== null,
    speaker: quote.speaker
      ? {
          slug: quote.speaker.slug,
          name: quote.speaker.name,
          role: quote.speaker.role,
          kind: fromDbSpeakerKind(quote.speaker.kind),
        }
      : null,
    date: storedStatementDate(quote, article),
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      published: { on: toIsoDay(article.publishedOn), precision: fromDbPrecision(article.publishedPrecision) },
    },
    passage: textPassage(article.body, quote.startOffset, quote.endOffset),
    claims: quote.claims
      .map(({ claim }) => ({ id: claim.id, text: claim.text, quoteCount: claim._count.quotes }))
      .sort((left, right) => left.text.localeCompare(right.text)),
    topics: quote.topics.map(({ topic }) => topic).sort((left, right) => left.name.localeCompare(right.name)),
  };
}

export type QuoteDetail = NonNullable<Awaited<ReturnType<typeof getQuoteById>>>;
