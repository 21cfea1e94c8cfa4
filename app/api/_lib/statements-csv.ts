import type { StatementHit } from "@/lib/kb/search-statements";
import { toCsv } from "./csv";

export const CSV_ROW_LIMIT = 10_000;

const HEADER = [
  "id",
  "permalink",
  "speaker",
  "speaker_slug",
  "speaker_role",
  "kind",
  "text",
  "date",
  "date_precision",
  "date_source",
  "date_phrase",
  "claims",
  "claim_ids",
  "topics",
  "article_id",
  "article_title",
  "article_outlet",
  "article_link",
];

export function statementsCsv(statements: StatementHit[], origin: string): string {
  return toCsv(
    HEADER,
    statements.map((statement) => [
      statement.id,
      `${origin}/quotes/${statement.id}`,
      statement.speaker?.name,
      statement.speaker?.slug,
      statement.speakerRole,
      statement.kind,
      statement.text,
      statement.date.on,
      statement.date.precision,
      statement.date.source,
      statement.date.phrase,
      statement.claims.map((claim) => claim.text).join("; "),
      statement.claims.map((claim) => claim.id).join(" "),
      statement.topics.map((topic) => topic.name).join("; "),
      statement.article.id,
      statement.article.title,
      statement.article.outlet,
      `${origin}/articles/${statement.article.id}#quote-${statement.id}`,
    ]),
  );
}
