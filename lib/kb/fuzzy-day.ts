import type { DatePrecision } from "@/lib/extract/types";

/** A date as exact as the sources allow: YYYY-MM-DD (first day of the period
 * for coarser precisions) or null when unknown. */
export type FuzzyDay = { on: string | null; precision: DatePrecision };
