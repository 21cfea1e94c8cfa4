import { getDb, type Db } from "@/lib/db";
import type { DatePrecision as DbDatePrecision } from "@/lib/generated/prisma/enums";
import type { FuzzyDay } from "./fuzzy-day";
import { fromDbPrecision } from "./prisma-enums";
import { EFFECTIVE_ON, EFFECTIVE_PRECISION } from "./statement-sql";

export type SpeakerRole = { role: string; first: FuzzyDay; last: FuzzyDay; articleCount: number };

type RoleRow = {
  role: string;
  articleCount: number;
  firstOn: string | null;
  firstPrecision: DbDatePrecision | null;
  lastOn: string | null;
  lastPrecision: DbDatePrecision | null;
};
type TopicRow = { slug: string; name: string; quoteCount: number };
type TotalsRow = { quoteCount: number; articleCount: number; claimCount: number };

/** What the record shows about a speaker beyond their statements: the roles
 * articles gave them over time, the topics they spoke about and totals. Three
 * aggregate queries, run together. */
export async function getSpeakerRecord(slug: string, db: Db = getDb()) {
  const [roles, topics, totals] = await Promise.all([
    // Articles write the same role with and without "the" and in varied case.
    db.$queryRaw<RoleRow[]>`
      SELECT mode() WITHIN GROUP (ORDER BY regexp_replace(q."speakerRole", '^the\\s+', '', 'i')) AS role,
        count(DISTINCT q."articleId")::int AS "articleCount",
        min(${EFFECTIVE_ON})::text AS "firstOn", max(${EFFECTIVE_ON})::text AS "lastOn",
        (array_agg(${EFFECTIVE_PRECISION}::text ORDER BY ${EFFECTIVE_ON} ASC NULLS LAST))[1] AS "firstPrecision",
        (array_agg(${EFFECTIVE_PRECISION}::text ORDER BY ${EFFECTIVE_ON} DESC NULLS LAST))[1] AS "lastPrecision"
      FROM "Quote" q JOIN "Speaker" s ON s.id = q."speakerId"
      WHERE s.slug = ${slug} AND q."speakerRole" IS NOT NULL
      GROUP BY lower(regexp_replace(q."speakerRole", '^the\\s+', '', 'i'))
      ORDER BY min(${EFFECTIVE_ON}) ASC NULLS LAST, role`,
    db.$queryRaw<TopicRow[]>`
      SELECT t.slug, t.name, count(*)::int AS "quoteCount"
      FROM "QuoteTopic" qt JOIN "Topic" t ON t.id = qt."topicId" JOIN "Quote" q ON q.id = qt."quoteId"
        JOIN "Speaker" s ON s.id = q."speakerId"
      WHERE s.slug = ${slug}
      GROUP BY t.slug, t.name
      ORDER BY "quoteCount" DESC, t.name`,
    db.$queryRaw<TotalsRow[]>`
      SELECT count(*)::int AS "quoteCount", count(DISTINCT q."articleId")::int AS "articleCount",
        (SELECT count(DISTINCT qc."claimId") FROM "QuoteClaim" qc JOIN "Quote" q2 ON q2.id = qc."quoteId" WHERE q2."speakerId" = s.id)::int AS "claimCount"
      FROM "Speaker" s LEFT JOIN "Quote" q ON q."speakerId" = s.id
      WHERE s.slug = ${slug}
      GROUP BY s.id`,
  ]);
  return {
    roles: roles.map((row): SpeakerRole => ({
      role: row.role,
      articleCount: row.articleCount,
      first: { on: row.firstOn, precision: row.firstPrecision ? fromDbPrecision(row.firstPrecision) : "unknown" },
      last: { on: row.lastOn, precision: row.lastPrecision ? fromDbPrecision(row.lastPrecision) : "unknown" },
    })),
    topics,
    totals: totals[0] ?? { quoteCount: 0, articleCount: 0, claimCount: 0 },
  };
}
