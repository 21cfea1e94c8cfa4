import { withApiErrors } from "@/lib/errors/with-api-errors";
import { searchStatements } from "@/lib/kb/search-statements";
import { formatSchema } from "@/lib/validation/api-format";
import { parseParamsOrThrow } from "@/lib/validation/search-params";
import { statementSearchSchema } from "@/lib/validation/statement-filters";
import { CSV_ROW_LIMIT, statementsCsv } from "../_lib/statements-csv";
import { csvResponse } from "../_lib/csv";
import { pagedResponse } from "../_lib/json";

/** Statements matching a search: the same parameters as the /claims page. */
export const GET = withApiErrors(async (request: Request) => {
  const url = new URL(request.url);
  const search = parseParamsOrThrow(statementSearchSchema, url.searchParams);
  const { format } = parseParamsOrThrow(formatSchema, url.searchParams);
  if (format === "json") return pagedResponse(await searchStatements(search));
  // A download is the whole result, not the page on screen.
  const all = await searchStatements({ ...search, page: 1, pageSize: CSV_ROW_LIMIT });
  return csvResponse(statementsCsv(all.items, url.origin), "statements");
});
