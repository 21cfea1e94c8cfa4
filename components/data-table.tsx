import type { ReactNode } from "react";
import type { FuzzyDay } from "@/lib/kb/fuzzy-day";
import { FuzzyDate } from "./fuzzy-date";

export type Column<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Counts: right-aligned, in figures of equal width. */
  isNumeric?: boolean;
};

/** A table whose first column names each row (a speaker, a role), as in the
 * speakers list, a speaker's roles and a topic's speakers. It scrolls sideways
 * on narrow screens rather than squeezing its columns. */
export function DataTable<Row>({
  rows,
  rowKey,
  columns,
  caption,
  minWidthClass = "min-w-[32rem]",
}: {
  rows: Row[];
  rowKey: (row: Row) => string;
  columns: [Column<Row>, ...Column<Row>[]];
  /** For screen readers, when no heading already says what the table holds. */
  caption?: string;
  minWidthClass?: string;
}) {
  const [rowHeader, ...cells] = columns;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className={`w-full ${minWidthClass} text-left text-sm`}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="border-b border-stone-200 bg-stone-100 text-stone-800">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={cellClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">
                {rowHeader.cell(row)}
              </th>
              {cells.map((column) => (
                <td key={column.header} className={cellClass(column)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The "First" and "Latest" columns of anything with a period of activity. */
export function periodColumns<Row extends { first: FuzzyDay; last: FuzzyDay }>(): Column<Row>[] {
  return [
    { header: "First", cell: (row) => <FuzzyDate day={row.first} /> },
    { header: "Latest", cell: (row) => <FuzzyDate day={row.last} /> },
  ];
}

function cellClass(column: { isNumeric?: boolean }): string {
  return column.isNumeric ? "px-3 py-2 text-right tabular-nums" : "px-3 py-2";
}
