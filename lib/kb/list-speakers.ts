import type { SpeakerKind } from "@/lib/extract/types";
import { normalizeName } from "@/lib/extract/names";
import { getDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision as DbDatePrecision, SpeakerKind as DbSpeakerKind } from "@/lib/generated/prisma/enums";
import type { SpeakerListQuery } from "@/lib/validation/speaker-list";
import type { FuzzyDay } from "./fuzzy-day";
import { fromDbPrecision, fromDbSpeakerKind } from "./prisma-enums";
import { hasNonLatinLetters, romanizeCyrillic } from "./romanize-cyrillic";
import { EFFECTIVE_ON, EFFECTIVE_PRECISION } from "./statement-sql";

export type SpeakerListItem = {
  slug: string;
  name: string;
  role: string | null;
  kind: SpeakerKind;
  quoteCount: number;
  first: FuzzyDay;
  last: FuzzyDay;
  /** The alias that matched the name filter, when it is not the name itself. */
  matchedAlias: string | null;
};

export type SpeakerListPage = { items: SpeakerListItem[]; total: number; page: number; pageSize: number };

type Row = {
  slug: string;
  name: string;
  role: string | null;
  kind: DbSpeakerKind;
  total: number;
  quoteCount: number;
  matchedAlias: string | null;
  firstOn: string | null;
  firstPrecision: DbDatePrecision | null;
  lastOn: string | null;
  lastPrecision: DbDatePrecision | null;
};

/** Every speaker, or those whose name or any alias matches `q`: exactly, by
 * prefix or substring, or by trigram similarity, which catches misspellings and
 * transliterations ("Jaritonova", "Petrow", "Захарова"). Both trigram operators
 * and LIKE use the alias GIN indexes. Best matches first, then by name. */
export async function listSpeakers(query: SpeakerListQuery, db: Db = getDb()): Promise<SpeakerListPage> {
  if (query.q === undefined)
    return listMatching(
      db,
      Prisma.sql`SELECT id AS "speakerId", 0::real AS score, NULL::text AS alias FROM "Speaker"`,
      query,
    );
  const arms = [latinArm(query.q), otherScriptArm(query.q)].filter((arm) => arm !== null);
  if (arms.length === 0) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const conditions = Prisma.join(
    arms.map((arm) => arm.condition),
    " OR ",
  );
  const scores = Prisma.join(arms.flatMap((arm) => arm.scores));
  const matches = Prisma.sql`
    SELECT DISTINCT ON (sa."speakerId") sa."speakerId", GREATEST(${scores}) AS score, sa.alias
    FROM "SpeakerAlias" sa
    WHERE ${conditions}
    ORDER BY sa."speakerId", score DESC, length(sa.alias) DESC`;
  return listMatching(db, matches, query);
}

/** Which aliases a filter matches, and how well (the best of `scores`, 0 to 1). */
type MatchArm = { condition: Prisma.Sql; scores: Prisma.Sql[] };

/** Against the stored folded form (Latin letters and digits only), with
 * Cyrillic input romanized first. Scores 1 for the exact name, then prefix,
 * word start, substring, then trigram similarity. */
function latinArm(q: string): MatchArm | null {
  const needle = normalizeName(romanizeCyrillic(q));
  if (needle === "") return null;
  // One or two letters are read as the start of a word, not anywhere in a name.
  const contains =
    needle.length >= 3
      ? Prisma.sql`sa.normalized LIKE ${`%${needle}%`}`
      : Prisma.sql`(sa.normalized LIKE ${`${needle}%`} OR sa.normalized LIKE ${`% ${needle}%`})`;
  return {
    condition: Prisma.sql`(${contains} OR ${needle} <% sa.normalized OR sa.normalized % ${needle})`,
    scores: [
      Prisma.sql`CASE WHEN sa.normalized = ${needle} THEN 1.0
        WHEN sa.normalized LIKE ${`${needle}%`} THEN 0.95
        WHEN sa.normalized LIKE ${`% ${needle}%`} THEN 0.9
        WHEN sa.normalized LIKE ${`%${needle}%`} THEN 0.8
        ELSE 0 END`,
      Prisma.sql`word_similarity(${needle}, sa.normalized) * 0.75`,
      Prisma.sql`similarity(sa.normalized, ${needle}) * 0.75`,
    ],
  };
}

/** Folding keeps only Latin letters, so a name typed in another script can
 * only meet an alias written in that script: compared as typed, ignoring case. */
function otherScriptArm(q: string): MatchArm | null {
  if (!hasNonLatinLetters(q)) return null;
  const pattern = `%${q.replace(/[\\%_]/g, "\\$&")}%`;
  return {
    condition: Prisma.sql`lower(sa.alias) LIKE lower(${pattern})`,
    scores: [
      Prisma.sql`CASE WHEN lower(sa.alias) = lower(${q}) THEN 1.0
        WHEN lower(sa.alias) LIKE lower(${pattern}) THEN 0.85 ELSE 0 END`,
    ],
  };
}

async function listMatching(db: Db, matches: Prisma.Sql, query: SpeakerListQuery): Promise<SpeakerListPage> {
  const { page, pageSize } = query;
  const rows = await db.$queryRaw<Row[]>`
    WITH matches AS (${matches}),
    hits AS (
      SELECT s.id, m.score, m.alias, count(*) OVER ()::int AS total
      FROM matches m JOIN "Speaker" s ON s.id = m."speakerId"
      ORDER BY m.score DESC, s.name, s.id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT s.slug, s.name, s.role, s.kind, h.total,
      CASE WHEN strpos(lower(s.name), lower(h.alias)) > 0 THEN NULL ELSE h.alias END AS "matchedAlias",
      (SELECT count(*) FROM "Quote" q WHERE q."speakerId" = s.id)::int AS "quoteCount",
      first."on" AS "firstOn", first.precision AS "firstPrecision", last."on" AS "lastOn", last.precision AS "lastPrecision"
    FROM hits h JOIN "Speaker" s ON s.id = h.id
    LEFT JOIN LATERAL (${edgeStatement("ASC")}) first ON true
    LEFT JOIN LATERAL (${edgeStatement("DESC")}) last ON true
    ORDER BY h.score DESC, s.name, s.id`;
  return { items: rows.map(toItem), total: rows[0]?.total ?? 0, page, pageSize };
}

/** The speaker's earliest or latest dated statement. */
function edgeStatement(direction: "ASC" | "DESC"): Prisma.Sql {
  return Prisma.sql`
    SELECT ${EFFECTIVE_ON}::text AS "on", ${EFFECTIVE_PRECISION}::text AS precision
    FROM "Quote" q
    WHERE q."speakerId" = s.id AND ${EFFECTIVE_ON} IS NOT NULL
    ORDER BY ${EFFECTIVE_ON} ${Prisma.raw(direction)} LIMIT 1`;
}

function toItem(row: Row): SpeakerListItem {
  return {
    slug: row.slug,
    name: row.name,
    role: row.role,
    kind: fromDbSpeakerKind(row.kind),
    quoteCount: row.quoteCount,
    matchedAlias: row.matchedAlias,
    first: { on: row.firstOn, precision: row.firstPrecision ? fromDbPrecision(row.firstPrecision) : "unknown" },
    last: { on: row.lastOn, precision: row.lastPrecision ? fromDbPrecision(row.lastPrecision) : "unknown" },
  };
}
