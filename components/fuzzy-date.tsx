import type { FuzzyDay } from "@/lib/kb/fuzzy-day";
import type { StatementDate } from "@/lib/kb/statement-date";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date only as exact as it is known: "3 July 2023", "week of 3 July 2023",
 * "July 2023", "2023" or "date unknown". Formatted by hand, not through Intl,
 * so server and browser agree and no time zone can shift a day. */
export function formatFuzzyDate({ on, precision }: FuzzyDay): string {
  if (!on || precision === "unknown") return "date unknown";
  const [year, month, day] = on.split("-").map(Number);
  const monthName = MONTHS[(month ?? 1) - 1] ?? "";
  switch (precision) {
    case "year":
      return `${year}`;
    case "month":
      return `${monthName} ${year}`;
    case "week":
      return `week of ${day} ${monthName} ${year}`;
    case "day":
      return `${day} ${monthName} ${year}`;
  }
}

/** The machine-readable form for <time dateTime>: as exact as the date is. */
export function machineDate({ on, precision }: FuzzyDay): string | undefined {
  if (!on || precision === "unknown") return undefined;
  if (precision === "year") return on.slice(0, 4);
  if (precision === "month") return on.slice(0, 7);
  return on;
}

export function FuzzyDate({ day, className }: { day: FuzzyDay; className?: string }) {
  const text = formatFuzzyDate(day);
  const dateTime = machineDate(day);
  if (!dateTime) return <span className={className ?? "text-stone-600 italic"}>{text}</span>;
  return (
    <time dateTime={dateTime} className={className}>
      {text}
    </time>
  );
}

/** A statement's date, saying so when it is the article's publication date
 * rather than a date the article gives for the statement. */
export function StatementDateLabel({ date }: { date: StatementDate }) {
  return (
    <span>
      <FuzzyDate day={date} />
      {date.source === "published" && (
        <span
          className="text-stone-600"
          title="The article does not say when this was said; this is when the article was published."
        >
          {" "}
          (article date)
        </span>
      )}
    </span>
  );
}
