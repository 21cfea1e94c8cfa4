import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/** What pages receive as `searchParams` and route handlers as `url.searchParams`. */
export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** First value of each parameter; empty ones dropped, because a GET form sends
 * `topic=` for a select left on "any". */
export function toParamRecord(raw: RawSearchParams): Record<string, string> {
  const record: Record<string, string> = {};
  const entries: [string, string | string[] | undefined][] =
    raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== "" && !(key in record)) record[key] = first;
  }
  return record;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** For the API: a bad parameter is the caller's mistake, answered with 400. */
export function parseParamsOrThrow<Schema extends z.ZodType>(schema: Schema, raw: RawSearchParams): z.output<Schema> {
  const result = schema.safeParse(toParamRecord(raw));
  if (!result.success)
    throw new AppError("invalid_request", `Invalid query parameters: ${describeIssues(result.error)}`);
  return result.data;
}

export type LenientParse<T> = { data: T; problems: { param: string; message: string }[] };

/** For pages: a bad parameter is dropped and reported next to the form, so a
 * mistyped date does not cost the reader the rest of the filters. */
export function parseParamsLenient<Schema extends z.ZodType>(
  schema: Schema,
  raw: RawSearchParams,
): LenientParse<z.output<Schema>> {
  const record = toParamRecord(raw);
  const problems: { param: string; message: string }[] = [];
  // Each round drops the parameters the last one complained about; the loop ends
  // because every round removes at least one key or succeeds.
  for (;;) {
    const result = schema.safeParse(record);
    if (result.success) return { data: result.data, problems };
    const offending = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")));
    const removable = [...offending].filter((key) => key in record);
    if (removable.length === 0)
      throw new AppError("internal", `Defaults do not satisfy the schema: ${describeIssues(result.error)}`);
    for (const key of removable) {
      const issue = result.error.issues.find((candidate) => String(candidate.path[0] ?? "") === key);
      problems.push({ param: key, message: issue?.message ?? "invalid value" });
      delete record[key];
    }
  }
}
