import { z } from "zod";
import { dayBound } from "./day-bound";
import { pagingSchema } from "./paging";
import { identifierSchema } from "./route-params";
import { searchTextSchema } from "./search-text";

export const QUOTE_KINDS = ["direct", "indirect", "mixed"] as const;
export const STATEMENT_SORTS = ["relevance", "newest", "oldest"] as const;

/** The filters shared by search (/claims), the API (/api/quotes, /api/claims),
 * speaker profiles and the timeline. Every one of them lives in the URL. */
export const statementFilterShape = {
  q: searchTextSchema,
  speaker: identifierSchema.optional(),
  topic: identifierSchema.optional(),
  kind: z.enum(QUOTE_KINDS).optional(),
  from: dayBound("start").optional(),
  to: dayBound("end").optional(),
  article: identifierSchema.optional(),
};

export const statementSearchSchema = z
  .object({ ...statementFilterShape, sort: z.enum(STATEMENT_SORTS).optional(), ...pagingSchema(20) })
  .refine((value) => !value.from || !value.to || value.from <= value.to, {
    message: "the start date is after the end date",
    path: ["to"],
  });

export type StatementSearch = z.infer<typeof statementSearchSchema>;
export type StatementSort = (typeof STATEMENT_SORTS)[number];
/** The filter part alone, for services that page or sort on their own terms. */
export type StatementFilters = Pick<StatementSearch, keyof typeof statementFilterShape>;
