export type CsvValue = string | number | boolean | null | undefined;

/** Spreadsheet programs run a cell that starts with one of these as a formula;
 * article text is untrusted, so such cells get a leading apostrophe (the OWASP
 * advice for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: CRLF line ends, fields quoted when needed, a UTF-8 byte order
 * mark so that spreadsheet programs read accents and quotation marks right. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

export function csvResponse(body: string, name: string): Response {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="saidwhat-${name}-${day}.csv"`,
    },
  });
}
