import type { DatePrecision } from "@/lib/extract/types";
import type { DatePrecision as DbDatePrecision } from "@/lib/generated/prisma/enums";
import { fromDbPrecision, toIsoDay } from "./prisma-enums";

/** When a statement was made, as honestly as the sources allow: the date the
 * article gives for the statement, else the article's publication date (marked
 * as such, since a statement is usually but not always reported the day it is
 * made), else unknown. */
export type StatementDate = {
  /** YYYY-MM-DD, the first day of the period for coarser precisions. */
  on: string | null;
  precision: DatePrecision;
  source: "stated" | "published" | null;
  /** The article's own words for the date ("On Tuesday"), when it had some. */
  phrase: string | null;
};

type DayWithPrecision = { on: string | null; precision: DbDatePrecision };

export function statementDate(
  stated: DayWithPrecision & { phrase: string | null },
  published: DayWithPrecision,
): StatementDate {
  if (stated.on)
    return { on: stated.on, precision: fromDbPrecision(stated.precision), source: "stated", phrase: stated.phrase };
  if (published.on)
    return {
      on: published.on,
      precision: fromDbPrecision(published.precision),
      source: "published",
      phrase: stated.phrase,
    };
  return { on: null, precision: "unknown", source: null, phrase: stated.phrase };
}

/** The columns statementDate reads, as Prisma selects and returns them. */
export const STATED_DATE_SELECT = { statedOn: true, statedPrecision: true, statedPhrase: true } as const;
export const PUBLISHED_DATE_SELECT = { publishedOn: true, publishedPrecision: true } as const;

/** What a statement's citation needs of its article: where it ran and when. */
export const ARTICLE_CITATION_SELECT = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  ...PUBLISHED_DATE_SELECT,
} as const;

export function storedStatementDate(
  quote: { statedOn: Date | null; statedPrecision: DbDatePrecision; statedPhrase: string | null },
  article: { publishedOn: Date | null; publishedPrecision: DbDatePrecision },
): StatementDate {
  return statementDate(
    { on: toIsoDay(quote.statedOn), precision: quote.statedPrecision, phrase: quote.statedPhrase },
    { on: toIsoDay(article.publishedOn), precision: article.publishedPrecision },
  );
}
