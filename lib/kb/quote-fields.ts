import type { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision as DbDatePrecision } from "@/lib/generated/prisma/enums";
import { fromDbPrecision, fromDbQuoteKind, toIsoDay } from "./prisma-enums";
import { STATED_DATE_SELECT, storedStatementDate } from "./statement-date";

/** A statement's own columns, which its permalink and the export both give. */
export const STORED_QUOTE_SELECT = {
  id: true,
  kind: true,
  text: true,
  startOffset: true,
  endOffset: true,
  statedOn: true,
  statedPrecision: true,
  statedPhrase: true,
  cue: true,
  mention: true,
  speakerRole: true,
  confidence: true,
  rule: true,
} as const satisfies Prisma.QuoteSelect;

type StoredQuoteRow = Prisma.QuoteGetPayload<{ select: typeof STORED_QUOTE_SELECT }>;

/** Those columns as the export documents them: enums in lower case, days as
 * YYYY-MM-DD, in the export's field order. */
export function toStoredQuote(row: StoredQuoteRow) {
  return {
    id: row.id,
    kind: fromDbQuoteKind(row.kind),
    text: row.text,
    startOffset: row.startOffset,
    endOffset: row.endOffset,
    statedOn: toIsoDay(row.statedOn),
    statedPrecision: fromDbPrecision(row.statedPrecision),
    statedPhrase: row.statedPhrase,
    cue: row.cue,
    mention: row.mention,
    speakerRole: row.speakerRole,
    confidence: row.confidence,
    rule: row.rule,
  };
}

/** A statement as the article and claim pages list it: where it sits in the
 * text, who made it and when. */
export const LISTED_QUOTE_SELECT = {
  id: true,
  text: true,
  kind: true,
  startOffset: true,
  endOffset: true,
  speakerRole: true,
  cue: true,
  ...STATED_DATE_SELECT,
  speaker: { select: { slug: true, name: true } },
} as const satisfies Prisma.QuoteSelect;

type ListedQuoteRow = Prisma.QuoteGetPayload<{ select: typeof LISTED_QUOTE_SELECT }>;

export function toListedQuote(
  row: ListedQuoteRow,
  article: { publishedOn: Date | null; publishedPrecision: DbDatePrecision },
) {
  return {
    id: row.id,
    text: row.text,
    kind: fromDbQuoteKind(row.kind),
    startOffset: row.startOffset,
    endOffset: row.endOffset,
    speaker: row.speaker,
    speakerRole: row.speakerRole,
    cue: row.cue,
    date: storedStatementDate(row, article),
  };
}
