import type { FuzzyDate } from "../../lib/extract/types";

const DAY_MS = 24 * 60 * 60 * 1000;

function mondayOfIsoWeek(year: number, week: number): number {
  // ISO week 1 is the week that holds January 4th.
  const january4 = Date.UTC(year, 0, 4);
  const weekdayOfJanuary4 = (new Date(january4).getUTCDay() + 6) % 7;
  return january4 - weekdayOfJanuary4 * DAY_MS + (week - 1) * 7 * DAY_MS;
}

function isInIsoWeek(date: string, isoWeek: string): boolean {
  const [yearPart, weekPart] = isoWeek.split("-W");
  const monday = mondayOfIsoWeek(Number(yearPart), Number(weekPart));
  const time = Date.parse(`${date}T00:00:00Z`);
  // The pipeline may start weeks on Sunday, so the Sunday before counts too.
  return time >= monday - DAY_MS && time < monday + 7 * DAY_MS;
}

/** Is the predicted statement date the one the gold file gives, at the same
 * precision? Gold null asks for no date at all. */
export function isStatedOnCorrect(predicted: FuzzyDate, goldStatedOn: string | null): boolean {
  if (goldStatedOn === null) return predicted.date === null;
  const date = predicted.date;
  if (date === null) return false;
  if (/^\d{4}-W\d{2}$/.test(goldStatedOn)) return predicted.precision === "week" && isInIsoWeek(date, goldStatedOn);
  if (/^\d{4}-\d{2}-\d{2}$/.test(goldStatedOn)) return predicted.precision === "day" && date === goldStatedOn;
  if (/^\d{4}-\d{2}$/.test(goldStatedOn)) return predicted.precision === "month" && date.startsWith(goldStatedOn);
  return predicted.precision === "year" && date.startsWith(`${goldStatedOn}-`);
}
