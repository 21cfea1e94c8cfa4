import { Prisma } from "@/lib/generated/prisma/client";
import type { StatementFilters } from "@/lib/validation/statement-filters";
import { MATCH_START, MATCH_STOP } from "./highlight-ranges";
import { toDbQuoteKind } from "./prisma-enums";

/** SQL shared by the statement and claim searches. Fragments assume the
 * aliases q ("Quote") and p (the search query). */

/** Where a statement sits on a timeline: when it was said if the article says
 * so, else when the article was published (statement-date.ts mirrors this).
 * Triggers keep these two columns in step with Quote and Article, so the date
 * sorts and filters run on a btree index (migration 20261201000000). */
export const EFFECTIVE_ON = Prisma.sql`q."effectiveOn"`;
export const EFFECTIVE_PRECISION = Prisma.sql`q."effectivePrecision"`;

/** The last day a fuzzy date can mean: a "July 2023" statement overlaps a
 * filter for 15–20 July, so date filters compare periods, not first days. */
const EFFECTIVE_END = Prisma.sql`(CASE ${EFFECTIVE_PRECISION}
  WHEN 'WEEK' THEN ${EFFECTIVE_ON} + 6
  WHEN 'MONTH' THEN (${EFFECTIVE_ON} + interval '1 month' - interval '1 day')::date
  WHEN 'YEAR' THEN (${EFFECTIVE_ON} + interval '1 year' - interval '1 day')::date
  ELSE ${EFFECTIVE_ON} END)`;

/** Statements whose period overlaps the range. No period is longer than a
 * year, so one that reaches `from` starts at most a year before it: that
 * bound lets the index narrow the scan before the exact test on the end. */
function dateConditions(from: string | undefined, to: string | undefined): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (from) {
    conditions.push(Prisma.sql`${EFFECTIVE_ON} >= (${from}::date - interval '1 year')::date`);
    conditions.push(Prisma.sql`${EFFECTIVE_END} >= ${from}::date`);
  }
  if (to) conditions.push(Prisma.sql`${EFFECTIVE_ON} <= ${to}::date`);
  return conditions;
}

/** The parsed search, or NULL when there is none. websearch_to_tsquery never
 * raises on user input: unknown syntax is read as words. */
export function searchQuery(q: string | undefined): Prisma.Sql {
  return q === undefined
    ? Prisma.sql`NULL::tsquery`
    : Prisma.sql`websearch_to_tsquery('english', saidwhat_unaccent(${q}))`;
}

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, HighlightAll=true`;

/** ts_headline over `column`, on the accent-folded text when folding keeps its
 * length (so "Jaritónova" lights up for "jaritonova"), else on the text itself. */
export function headline(column: Prisma.Sql): Prisma.Sql {
  const safe = Prisma.sql`translate(${column}, ${MATCH_START + MATCH_STOP}, ${"\uFFFD\uFFFD"})`;
  return Prisma.sql`CASE WHEN p.query IS NULL THEN NULL ELSE ts_headline('english',
    CASE WHEN length(saidwhat_unaccent(${safe})) = length(${safe}) THEN saidwhat_unaccent(${safe}) ELSE ${safe} END,
    p.query, ${HEADLINE_OPTIONS}) END`;
}

/** WHERE conditions for the statement filters, except the text search, which
 * the callers apply to their own search vector. */
export function filterConditions(filters: Omit<StatementFilters, "q">): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.speaker) {
    conditions.push(Prisma.sql`q."speakerId" = (SELECT id FROM "Speaker" WHERE slug = ${filters.speaker})`);
  }
  if (filters.topic) {
    conditions.push(
      Prisma.sql`q.id IN (SELECT qt."quoteId" FROM "QuoteTopic" qt JOIN "Topic" t ON t.id = qt."topicId" WHERE t.slug = ${filters.topic})`,
    );
  }
  if (filters.kind) conditions.push(Prisma.sql`q.kind = ${toDbQuoteKind(filters.kind)}::"QuoteKind"`);
  if (filters.article) conditions.push(Prisma.sql`q."articleId" = ${filters.article}`);
  conditions.push(...dateConditions(filters.from, filters.to));
  return conditions;
}

/** WHERE for the statements that pass the filters and, when there is one, the search. */
export function statementWhere(filters: StatementFilters): Prisma.Sql {
  const conditions = filterConditions(filters);
  if (filters.q !== undefined) conditions.push(Prisma.sql`q."searchVector" @@ p.query`);
  return whereAll(conditions);
}

/** How many statements pass the filters and the search, as a scalar subquery. */
export function statementCount(filters: StatementFilters): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM "Quote" q CROSS JOIN p ${statementWhere(filters)})`;
}

export function whereAll(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}
