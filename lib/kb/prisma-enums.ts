import type { DatePrecision, QuoteKind, SpeakerKind, TopicKind } from "@/lib/extract/types";
import type {
  DatePrecision as DbDatePrecision,
  QuoteKind as DbQuoteKind,
  SpeakerKind as DbSpeakerKind,
  TopicKind as DbTopicKind,
} from "@/lib/generated/prisma/enums";

/** The pipeline speaks lower case, the database upper case; these tables are
 * the only place the two meet, and the compiler checks they are complete. */
const PRECISION = {
  day: "DAY",
  week: "WEEK",
  month: "MONTH",
  year: "YEAR",
  unknown: "UNKNOWN",
} as const satisfies Record<DatePrecision, DbDatePrecision>;
const QUOTE_KIND = { direct: "DIRECT", indirect: "INDIRECT", mixed: "MIXED" } as const satisfies Record<
  QuoteKind,
  DbQuoteKind
>;
const SPEAKER_KIND = { person: "PERSON", organization: "ORGANIZATION" } as const satisfies Record<
  SpeakerKind,
  DbSpeakerKind
>;
const TOPIC_KIND = {
  organization: "ORGANIZATION",
  country: "COUNTRY",
  place: "PLACE",
  person: "PERSON",
  subject: "SUBJECT",
} as const satisfies Record<TopicKind, DbTopicKind>;

export const toDbPrecision = (value: DatePrecision): DbDatePrecision => PRECISION[value];
export const toDbQuoteKind = (value: QuoteKind): DbQuoteKind => QUOTE_KIND[value];
export const toDbSpeakerKind = (value: SpeakerKind): DbSpeakerKind => SPEAKER_KIND[value];
export const toDbTopicKind = (value: TopicKind): DbTopicKind => TOPIC_KIND[value];

export const fromDbPrecision = (value: DbDatePrecision): DatePrecision => invert(PRECISION, value);
export const fromDbQuoteKind = (value: DbQuoteKind): QuoteKind => invert(QUOTE_KIND, value);
export const fromDbSpeakerKind = (value: DbSpeakerKind): SpeakerKind => invert(SPEAKER_KIND, value);
export const fromDbTopicKind = (value: DbTopicKind): TopicKind => invert(TOPIC_KIND, value);

function invert<K extends string, V extends string>(table: Record<K, V>, value: V): K {
  const entry = (Object.entries(table) as [K, V][]).find(([, dbValue]) => dbValue === value);
  if (!entry) throw new Error(`Unknown database enum value ${value}`);
  return entry[0];
}

/** A stored DATE as YYYY-MM-DD (Prisma hands DATE columns back as UTC midnight). */
export function toIsoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function fromIsoDay(day: string | null): Date | null {
  return day ? new Date(`${day}T00:00:00.000Z`) : null;
}
