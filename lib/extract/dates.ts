import type { DatePrecision, FuzzyDate } from "./types";
import { findDatePhrases, MONTHS, WEEKDAYS, type DatePhrase } from "./date-phrases";

/**
 * When a statement was made, from the time expression that anchors it,
 * resolved against the publication date. Reports are in the past tense, so a
 * bare weekday or month means the most recent one on or before publication.
 * Dates are whole UTC days; nothing here reads the clock.
 */

const DAY_MS = 86_400_000;
const PRECISION_RANK: Record<DatePrecision, number> = { day: 4, week: 3, month: 2, year: 1, unknown: 0 };
const NUMBER_VALUES: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

type Day = number; // days since 1970-01-01, UTC

function parseDay(date: string | null): Day | null {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function validDay(year: number, month: number, day: number): Day | null {
  const time = Date.UTC(year, month, day);
  const check = new Date(time);
  return check.getUTCMonth() === month && check.getUTCDate() === day ? time / DAY_MS : null;
}

function formatDay(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const weekdayOf = (day: Day) => new Date(day * DAY_MS).getUTCDay();
const mondayOf = (day: Day) => day - ((weekdayOf(day) + 6) % 7);
const yearOf = (day: Day) => new Date(day * DAY_MS).getUTCFullYear();
const monthOf = (day: Day) => new Date(day * DAY_MS).getUTCMonth();

function monthIndex(name: string | undefined): number {
  const prefix = (name ?? "").toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix));
}

function countOf(word: string | undefined): number | null {
  const lower = (word ?? "").toLowerCase();
  return NUMBER_VALUES[lower] ?? (/^\d+$/.test(lower) ? Number(lower) : null);
}

type Resolved = { day: Day; precision: Exclude<DatePrecision, "unknown"> } | null;

/** The most recent month `month` (0-11) that starts on or before `published`. */
function recentMonth(month: number, published: Day): Resolved {
  const year = month <= monthOf(published) ? yearOf(published) : yearOf(published) - 1;
  return { day: Date.UTC(year, month, 1) / DAY_MS, precision: "month" };
}

function resolveExplicit(phrase: DatePhrase, published: Day | null): Resolved | "needs-publication" {
  const [first, second, third] = phrase.groups;
  if (phrase.kind === "iso") {
    const day = validDay(Number(first), Number(second) - 1, Number(third));
    return day === null ? null : { day, precision: "day" };
  }
  const isMonthFirst = monthIndex(first) >= 0 && !/^\d/.test(first ?? "");
  const month = monthIndex(isMonthFirst ? first : second);
  const dayOfMonth = Number(isMonthFirst ? second : first);
  if (third) {
    const day = validDay(Number(third), month, dayOfMonth);
    return day === null ? null : { day, precision: "day" };
  }
  if (published === null) return "needs-publication";
  const thisYear = validDay(yearOf(published), month, dayOfMonth);
  const day =
    thisYear !== null && thisYear <= published ? thisYear : validDay(yearOf(published) - 1, month, dayOfMonth);
  return day === null ? null : { day, precision: "day" };
}

function resolveRelative(phrase: DatePhrase, published: Day): Resolved {
  const lower = phrase.phrase.toLowerCase();
  const isLast = /\blast\b/.test(lower);
  const count = countOf(phrase.groups[0]);
  switch (phrase.kind) {
    case "today":
      return { day: published, precision: "day" };
    case "yesterday":
      return { day: published - 1, precision: "day" };
    case "weekday": {
      const target = WEEKDAYS.indexOf((phrase.groups[1] ?? "").toLowerCase());
      let back = (weekdayOf(published) - target + 7) % 7;
      if (isLast && back === 0) back = 7;
      return { day: published - back, precision: "day" };
    }
    case "weekend": {
      const saturday = published - ((weekdayOf(published) - 6 + 7) % 7);
      return { day: mondayOf(isLast && saturday === published ? saturday - 7 : saturday), precision: "week" };
    }
    case "relative-week":
      return { day: mondayOf(published) - (isLast ? 7 : 0), precision: "week" };
    case "relative-month": {
      const month = monthOf(published) - (isLast ? 1 : 0);
      return { day: Date.UTC(yearOf(published), month, 1) / DAY_MS, precision: "month" };
    }
    case "relative-year":
      return { day: Date.UTC(yearOf(published) - (isLast ? 1 : 0), 0, 1) / DAY_MS, precision: "year" };
    case "days-ago":
      return count === null ? null : { day: published - count, precision: "day" };
    case "weeks-ago":
      return count === null ? null : { day: mondayOf(published - 7 * count), precision: "week" };
    case "months-ago":
      return count === null
        ? null
        : { day: Date.UTC(yearOf(published), monthOf(published) - count, 1) / DAY_MS, precision: "month" };
    case "years-ago":
      return count === null ? null : { day: Date.UTC(yearOf(published) - count, 0, 1) / DAY_MS, precision: "year" };
    case "month":
      return phrase.groups[1]
        ? null
        : recentMonth(
            monthIndex(phrase.groups[0]),
            published - (isLast && monthIndex(phrase.groups[0]) === monthOf(published) ? 40 : 0),
          );
    default:
      return null;
  }
}

/** Precision the publication date must have for a phrase of this kind to resolve. */
function neededPrecision(phrase: DatePhrase): DatePrecision {
  if (phrase.kind === "relative-year" || phrase.kind === "years-ago") return "year";
  if (phrase.kind === "relative-month" || phrase.kind === "months-ago" || phrase.kind === "month") return "month";
  return "day";
}

function resolvePhrase(phrase: DatePhrase, published: FuzzyDate): Resolved | "needs-publication" {
  const publishedDay = parseDay(published.date);
  if (phrase.kind === "iso" || phrase.kind === "day-month") return resolveExplicit(phrase, publishedDay);
  if (phrase.kind === "year") return { day: Date.UTC(Number(phrase.groups[0]), 0, 1) / DAY_MS, precision: "year" };
  if (phrase.kind === "month" && phrase.groups[1]) {
    return { day: Date.UTC(Number(phrase.groups[1]), monthIndex(phrase.groups[0]), 1) / DAY_MS, precision: "month" };
  }
  if (publishedDay === null || PRECISION_RANK[published.precision] < PRECISION_RANK[neededPrecision(phrase)])
    return "needs-publication";
  return resolveRelative(phrase, publishedDay);
}

export function resolveStatedDate(context: string, published: FuzzyDate): FuzzyDate {
  const publishedDay = parseDay(published.date);
  for (const phrase of findDatePhrases(context)) {
    const resolved = resolvePhrase(phrase, published);
    if (resolved === "needs-publication") return { date: null, precision: "unknown", phrase: phrase.phrase.trim() };
    // A statement reported as made after publication is about something else.
    if (!resolved || (publishedDay !== null && resolved.day > publishedDay)) continue;
    return { date: formatDay(resolved.day), precision: resolved.precision, phrase: phrase.phrase.trim() };
  }
  return { date: null, precision: "unknown", phrase: null };
}
