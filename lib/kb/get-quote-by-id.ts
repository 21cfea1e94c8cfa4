import { getDb, type Db } from "@/lib/db";
import { fromDbPrecision, fromDbQuoteKind, fromDbSpeakerKind, toIsoDay } from "./prisma-enums";
import { statementDate } from "./statement-date";
import { textPassage } from "./text-passage";

/** One statement's permalink: the words, who said them in what role, when,
 * what they claim and concern, and the paragraph they came from. */
export async function getQuoteById(id: string, db: Db = getDb()) {
  const quote = await db.quote.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      kind: true,
      startOffset: true,
      endOffset: true,
      cue: true,
      mention: true,
      speakerRole: true,
      confidence: true,
      rule: true,
      statedOn: true,
      statedPrecision: true,
      statedPhrase: true,
      keyRank: true,
      speaker: { select: { slug: true, name: true, kind: true, role: true } },
      article: {
        select: {
          id: true,
          title: true,
          outlet: true,
          url: true,
          publishedOn: true,
          publishedPrecision: true,
          body: true,
        },
      },
      claims: { select: { claim: { select: { id: true, text: true, _count: { select: { quotes: true } } } } } },
      topics: { select: { topic: { select: { slug: true, name: true } } } },
    },
  });
  if (!quote) return null;
  const { article } = quote;
  return {
    id: quote.id,
    text: quote.text,
    kind: fromDbQuoteKind(quote.kind),
    cue: quote.cue,
    mention: quote.mention,
    speakerRole: quote.speakerRole,
    confidence: quote.confidence,
    rule: quote.rule,
    isKeyStatement: quote.keyRank !== null,
    speaker: quote.speaker
      ? {
          slug: quote.speaker.slug,
          name: quote.speaker.name,
          role: quote.speaker.role,
          kind: fromDbSpeakerKind(quote.speaker.kind),
        }
      : null,
    date: statementDate(
      { on: toIsoDay(quote.statedOn), precision: quote.statedPrecision, phrase: quote.statedPhrase },
      { on: toIsoDay(article.publishedOn), precision: article.publishedPrecision },
    ),
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
