import type { StatementHit } from "@/lib/kb/search-statements";
import { formatFuzzyDate } from "./fuzzy-date";
import { StatementCard } from "./statement-card";

/** Statements in time order under period headings ("July 2023", "2023",
 * "Date unknown"), as coarse as each statement's date allows. */
export function StatementTimeline({
  statements,
  headingLevel = 3,
}: {
  statements: StatementHit[];
  headingLevel?: 2 | 3;
}) {
  const periods: { label: string; statements: StatementHit[] }[] = [];
  for (const statement of statements) {
    const label = periodOf(statement);
    const last = periods.at(-1);
    if (last?.label === label) last.statements.push(statement);
    else periods.push({ label, statements: [statement] });
  }
  const Heading = `h${headingLevel}` as const;
  const cardHeading = headingLevel === 2 ? 3 : 4;
  return (
    <ol className="space-y-6">
      {periods.map((period, index) => (
        <li key={`${period.label}-${index}`}>
          <Heading className="sticky top-0 z-10 bg-stone-50/95 py-1 text-sm font-semibold tracking-wide text-stone-700 uppercase">
            {period.label}
          </Heading>
          <ol className="mt-2 space-y-3 border-l-2 border-stone-300 pl-4">
            {period.statements.map((statement) => (
              <li key={statement.id}>
                <StatementCard statement={statement} headingLevel={cardHeading} isCompact />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

function periodOf(statement: StatementHit): string {
  const { on, precision } = statement.date;
  if (!on || precision === "unknown") return "Date unknown";
  if (precision === "year") return on.slice(0, 4);
  return formatFuzzyDate({ on, precision: "month" });
}
