import type { QuoteKind } from "@/lib/extract/types";
import { getDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision as DbDatePrecision, QuoteKind as DbQuoteKind } from "@/lib/generated/prisma/enums";
import type { StatementSearch } from "@/lib/validation/statement-filters";
import { highlightRanges, type TextRange } from "./highlight-ranges";
import { fromDbQuoteKind } from "./prisma-enums";
import { statementDate, type StatementDate } from "./statement-date";
import { countStatements } from "./count-statements";
import { EFFECTIVE_ON, headline, searchQuery, statementCount, statementWhere } from "./statement-sql";

export type StatementHit = {
  id: string;
  text: string;
  /** Where the search terms are in `text`. */
  matches: TextRange[];
  kind: QuoteKind;
  cue: string | null;
  speakerRole: string | null;
  date: StatementDate;
  speaker: { slug: string; name: string } | null;
  article: { id: string; title: string; outlet: string | null };
  claims: { id: string; text: string }[];
  topics: { slug: string; name: string }[];
};

export type StatementPage = { items: StatementHit[]; total: number; page: number; pageSize: number };

type Row = {
  id: string;
  total: number;
  text: string;
  kind: DbQuoteKind;
  cue: string | null;
  speakerRole: string | null;
  statedOn: string | null;
  statedPrecision: DbDatePrecision;
  statedPhrase: string | null;
  publishedOn: string | null;
  publishedPrecision: DbDatePrecision;
  speakerSlug: string | null;
  speakerName: string | null;
  articleId: string;
  articleTitle: string;
  articleOutlet: string | null;
  headline: string | null;
  claims: { id: string; text: string }[];
  topics: { slug: string; name: string }[];
};

/** Statements (quotes) matching the search and filters, one page of them, in
 * one query: the matching ids are ordered and cut to the page first, so the
 * headline and the claim and topic lists are only built for rows shown. The
 * total is counted apart, so that a date order can read the page straight
 * off the index and stop. */
export async function searchStatements(search: StatementSearch, db: Db = getDb()): Promise<StatementPage> {
  const { q, page, pageSize } = search;
  const order = orderBy(search);
  const rows = await db.$queryRaw<Row[]>`
    WITH p AS (SELECT ${searchQuery(q)} AS query),
    hits AS (
      SELECT q.id, row_number() OVER (ORDER BY ${order}) AS ordinal
      FROM "Quote" q JOIN "Article" a ON a.id = q."articleId" CROSS JOIN p
      ${statementWhere(search)}
      ORDER BY ${order}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT q.id, ${statementCount(search)} AS total, q.text, q.kind, q.cue, q."speakerRole",
      q."statedOn"::text AS "statedOn", q."statedPrecision", q."statedPhrase",
      a."publishedOn"::text AS "publishedOn", a."publishedPrecision",
      s.slug AS "speakerSlug", s.name AS "speakerName",
      a.id AS "articleId", a.title AS "articleTitle", a.outlet AS "articleOutlet",
      ${headline(Prisma.sql`q.text`)} AS headline,
      COALESCE((SELECT json_agg(json_build_object('id', c.id, 'text', c.text) ORDER BY c.text)
        FROM "QuoteClaim" qc JOIN "Claim" c ON c.id = qc."claimId" WHERE qc."quoteId" = q.id), '[]') AS claims,
      COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name)
        FROM "QuoteTopic" qt JOIN "Topic" t ON t.id = qt."topicId" WHERE qt."quoteId" = q.id), '[]') AS topics
    FROM hits h JOIN "Quote" q ON q.id = h.id JOIN "Article" a ON a.id = q."articleId"
      LEFT JOIN "Speaker" s ON s.id = q."speakerId" CROSS JOIN p
    ORDER BY h.ordinal`;
  // A page past the end has no rows to carry the count.
  const total = rows[0]?.total ?? (page > 1 ? await countStatements(search, db) : 0);
  return { items: rows.map(toHit), total, page, pageSize };
}

function orderBy(search: StatementSearch): Prisma.Sql {
  const sort = search.sort ?? (search.q === undefined ? "newest" : "relevance");
  // Ties fall back to reading order, so one article's statements stay in sequence.
  const reading = Prisma.sql`a."publishedOn" DESC NULLS LAST, q."articleId", q."startOffset", q.id`;
  if (sort === "oldest") return Prisma.sql`${EFFECTIVE_ON} ASC NULLS LAST, ${reading}`;
  if (sort === "newest" || search.q === undefined) return Prisma.sql`${EFFECTIVE_ON} DESC NULLS LAST, ${reading}`;
  return Prisma.sql`ts_rank_cd(q."searchVector", p.query) DESC, ${EFFECTIVE_ON} DESC NULLS LAST, ${reading}`;
}

function toHit(row: Row): StatementHit {
  return {
    id: row.id,
    text: row.text,
    matches: highlightRanges(row.text, row.headline),
    kind: fromDbQuoteKind(row.kind),
    cue: row.cue,
    speakerRole: row.speakerRole,
    date: statementDate(
      { on: row.statedOn, precision: row.statedPrecision, phrase: row.statedPhrase },
      { on: row.publishedOn, precision: row.publishedPrecision },
    ),
    speaker: row.speakerSlug && row.speakerName ? { slug: row.speakerSlug, name: row.speakerName } : null,
    article: { id: row.articleId, title: row.articleTitle, outlet: row.articleOutlet },
    claims: row.claims,
    topics: row.topics,
  };
}
