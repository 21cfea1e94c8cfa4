import type { DatePrecision } from "@/lib/extract/types";
import type { DatePrecision as DbDatePrecision } from "@/lib/generated/prisma/enums";
import { fromDbPrecision } from "./prisma-enums";

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
