import { getDb, type Db } from "@/lib/db";
import { PUBLISHED_DATE_SELECT } from "./statement-date";
import { LISTED_QUOTE_SELECT, toListedQuote } from "./quote-fields";
import { textPassage } from "./text-passage";

/** A claim page shows every supporting statement up to this many. */
export const CLAIM_QUOTE_LIMIT = 300;

/** A claim with the statements that make it, oldest first, each with the
 * passage it came from: who made the claim, and when. */
export async function getClaimById(id: string, db: Db = getDb()) {
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      isNegated: true,
      _count: { select: { quotes: true } },
      quotes: {
        take: CLAIM_QUOTE_LIMIT,
        orderBy: [{ quote: { statedOn: { sort: "asc", nulls: "last" } } }, { quoteId: "asc" }],
        select: {
          quote: {
            select: {
              ...LISTED_QUOTE_SELECT,
              article: {
                select: {
                  id: true,
                  title: true,
                  outlet: true,
                  ...PUBLISHED_DATE_SELECT,
                  body: true,
                },
              },
            },
          },
        },
      },
    },
  });
  if (!claim) return null;
  const statements = claim.quotes.map(({ quote }) => ({
    ...toListedQuote(quote, quote.article),
    article: { id: quote.article.id, title: quote.article.title, outlet: quote.article.outlet },
    passage: textPassage(quote.article.body, quote.startOffset, quote.endOffset),
  }));
  // Undated statements go last; the rest in time order, publication dates included.
  statements.sort((left, right) => compareDays(left.date.on, right.date.on));
  const speakers = new Map<string, { slug: string; name: string; quoteCount: number }>();
  for (const statement of statements) {
    if (!statement.speaker) continue;
    const entry = speakers.get(statement.speaker.slug) ?? { ...statement.speaker, quoteCount: 0 };
    entry.quoteCount += 1;
    speakers.set(statement.speaker.slug, entry);
  }
  return {
    id: claim.id,
    text: claim.text,
    isNegated: claim.isNegated,
    quoteCount: claim._count.quotes,
    speakers: [...speakers.values()],
    statements,
  };
}

function compareDays(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : 1;
}

export type ClaimDetail = NonNullable<Awaited<ReturnType<typeof getClaimById>>>;
