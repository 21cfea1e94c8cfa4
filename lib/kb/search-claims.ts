import { getDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision as DbDatePrecision } from "@/lib/generated/prisma/enums";
import type { StatementSearch } from "@/lib/validation/statement-filters";
import { highlightRanges, type TextRange } from "./highlight-ranges";
import { fromDbPrecision } from "./prisma-enums";
import { EFFECTIVE_ON, EFFECTIVE_PRECISION, filterConditions, headline, searchQuery, whereAll } from "./statement-sql";
import type { FuzzyDay } from "./fuzzy-day";

export type ClaimHit = {
  id: string;
  text: string;
  matches: TextRange[];
  isNegated: boolean;
  quoteCount: number;
  speakerCount: number;
  /** Up to five of the speakers who made it, most frequent first. */
  speakers: { slug: string; name: string }[];
  first: FuzzyDay;
  last: FuzzyDay;
};

export type ClaimPage = { items: ClaimHit[]; total: number; page: number; pageSize: number };

type Row = {
  id: string;
  text: string;
  isNegated: boolean;
  total: number;
  quoteCount: number;
  speakerCount: number;
  firstOn: string | null;
  firstPrecision: DbDatePrecision | null;
  lastOn: string | null;
  lastPrecision: DbDatePrecision | null;
  headline: string | null;
  speakers: { slug: string; name: string }[];
};

/** Claims whose wording matches the search, counted over the statements that
 * pass the filters: with `speaker=…` a claim's numbers are that speaker's.
 * Without a search the most-made claims come first (most speakers, then most
 * statements). */
export async function searchClaims(search: StatementSearch, db: Db = getDb()): Promise<ClaimPage> {
  const { q, page, pageSize } = search;
  const rows = await db.$queryRaw<Row[]>`
    WITH p AS (SELECT ${searchQuery(q)} AS query),
    filtered AS (
      SELECT q.id, q."speakerId", ${EFFECTIVE_ON} AS "effectiveOn", ${EFFECTIVE_PRECISION}::text AS "effectivePrecision"
      FROM "Quote" q
      ${whereAll(filterConditions(search))}
    ),
    grouped AS (
      SELECT c.id, max(ts_rank_cd(c."searchVector", p.query)) AS rank,
        count(DISTINCT f.id)::int AS "quoteCount", count(DISTINCT f."speakerId")::int AS "speakerCount",
        min(f."effectiveOn") AS "firstOn", max(f."effectiveOn") AS "lastOn",
        (array_agg(f."effectivePrecision" ORDER BY f."effectiveOn" ASC NULLS LAST))[1] AS "firstPrecision",
        (array_agg(f."effectivePrecision" ORDER BY f."effectiveOn" DESC NULLS LAST))[1] AS "lastPrecision"
      FROM "Claim" c JOIN "QuoteClaim" qc ON qc."claimId" = c.id JOIN filtered f ON f.id = qc."quoteId" CROSS JOIN p
      ${q === undefined ? Prisma.empty : Prisma.sql`WHERE c."searchVector" @@ p.query`}
      GROUP BY c.id
    ),
    hits AS (
      SELECT g.*, row_number() OVER (ORDER BY ${orderBy(search)}) AS ordinal, count(*) OVER ()::int AS total
      FROM grouped g
      ORDER BY ordinal
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT c.id, c.text, c."isNegated", h.total, h."quoteCount", h."speakerCount",
      h."firstOn"::text AS "firstOn", h."firstPrecision", h."lastOn"::text AS "lastOn", h."lastPrecision",
      ${headline(Prisma.sql`c.text`)} AS headline,
      COALESCE((SELECT json_agg(json_build_object('slug', top.slug, 'name', top.name) ORDER BY top.n DESC, top.name)
        FROM (SELECT s.slug, s.name, count(*) AS n FROM filtered f JOIN "QuoteClaim" qc ON qc."quoteId" = f.id
              JOIN "Speaker" s ON s.id = f."speakerId" WHERE qc."claimId" = c.id
              GROUP BY s.slug, s.name ORDER BY n DESC, s.name LIMIT 5) top), '[]') AS speakers
    FROM hits h JOIN "Claim" c ON c.id = h.id CROSS JOIN p
    ORDER BY h.ordinal`;
  return { items: rows.map(toHit), total: rows[0]?.total ?? 0, page, pageSize };
}

function orderBy(search: StatementSearch): Prisma.Sql {
  const mostMade = Prisma.sql`g."speakerCount" DESC, g."quoteCount" DESC, g."lastOn" DESC NULLS LAST, g.id`;
  if (search.sort === "newest") return Prisma.sql`g."lastOn" DESC NULLS LAST, ${mostMade}`;
  if (search.sort === "oldest") return Prisma.sql`g."firstOn" ASC NULLS LAST, ${mostMade}`;
  if (search.q === undefined) return mostMade;
  return Prisma.sql`g.rank DESC, ${mostMade}`;
}

function toHit(row: Row): ClaimHit {
  return {
    id: row.id,
    text: row.text,
    matches: highlightRanges(row.text, row.headline),
    isNegated: row.isNegated,
    quoteCount: row.quoteCount,
    speakerCount: row.speakerCount,
    speakers: row.speakers,
    first: { on: row.firstOn, precision: row.firstPrecision ? fromDbPrecision(row.firstPrecision) : "unknown" },
    last: { on: row.lastOn, precision: row.lastPrecision ? fromDbPrecision(row.lastPrecision) : "unknown" },
  };
}
