import { z } from "zod";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** A date filter typed by hand or by a date picker: "2023", "2023-07" or
 * "2023-07-11". A "from" bound starts at the first day of that period and a
 * "to" bound ends at its last, so `from=2023&to=2023` means the whole year.
 * Output is YYYY-MM-DD. */
export function dayBound(edge: "start" | "end") {
  return z.string().transform((raw, context) => {
    const day = resolve(raw.trim(), edge);
    if (!day) {
      context.addIssue({
        code: "custom",
        message: `"${raw.slice(0, 40)}" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY`,
      });
      return z.NEVER;
    }
    return day;
  });
}

function resolve(raw: string, edge: "start" | "end"): string | null {
  const match = PARTIAL_DATE.exec(raw);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (year < 1000 || (month !== null && (month < 1 || month > 12))) return null;
  if (month === null) return edge === "start" ? `${year}-01-01` : `${year}-12-31`;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day !== null && (day < 1 || day > lastDay)) return null;
  const resolvedDay = day ?? (edge === "start" ? 1 : lastDay);
  return `${year}-${pad(month)}-${pad(resolvedDay)}`;
}

const pad = (value: number) => String(value).padStart(2, "0");
