import { withApiErrors } from "@/lib/errors/with-api-errors";
import { searchClaims, type ClaimHit } from "@/lib/kb/search-claims";
import { formatSchema } from "@/lib/validation/api-format";
import { parseParamsOrThrow } from "@/lib/validation/search-params";
import { statementSearchSchema } from "@/lib/validation/statement-filters";
import { csvResponse, toCsv } from "../_lib/csv";
import { pagedResponse } from "../_lib/json";
import { CSV_ROW_LIMIT } from "../_lib/statements-csv";

/** Claims whose wording matches `q`, counted over the statements that pass the
 * other filters; without `q`, the most-made claims first. */
export const GET = withApiErrors(async (request: Request) => {
  const url = new URL(request.url);
  const search = parseParamsOrThrow(statementSearchSchema, url.searchParams);
  const { format } = parseParamsOrThrow(formatSchema, url.searchParams);
  if (format === "json") return pagedResponse(await searchClaims(search));
  const all = await searchClaims({ ...search, page: 1, pageSize: CSV_ROW_LIMIT });
  return csvResponse(claimsCsv(all.items, url.origin), "claims");
});

function claimsCsv(claims: ClaimHit[], origin: string): string {
  return toCsv(
    [
      "id",
      "permalink",
      "text",
      "is_negated",
      "statements",
      "speakers",
      "speaker_names",
      "first_date",
      "first_precision",
      "last_date",
      "last_precision",
    ],
    claims.map((claim) => [
      claim.id,
      `${origin}/claims/${claim.id}`,
      claim.text,
      claim.isNegated,
      claim.quoteCount,
      claim.speakerCount,
      claim.speakers.map((speaker) => speaker.name).join("; "),
      claim.first.on,
      claim.first.precision,
      claim.last.on,
      claim.last.precision,
    ]),
  );
}
