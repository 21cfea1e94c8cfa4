import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/** Resolves a route parameter to a record or answers 404: a malformed id is
 * as absent as an unknown one. */
export async function findOr404<Params, Found>(
  schema: z.ZodType<Params>,
  params: Promise<unknown>,
  find: (params: Params) => Promise<Found | null>,
  what: string,
): Promise<Found> {
  const parsed = schema.safeParse(await params);
  const found = parsed.success ? await find(parsed.data) : null;
  if (found === null) throw new AppError("not_found", `No ${what} has this id.`);
  return found;
}
