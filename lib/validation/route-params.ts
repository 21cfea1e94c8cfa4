import { z } from "zod";

const CONTROL = /[\u0000-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Ids and slugs come from the importer: never longer than this, never with
 * control characters or broken Unicode (which PostgreSQL would refuse). */
export const identifierSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((value) => !CONTROL.test(value) && !LONE_SURROGATE.test(value), { message: "not a valid id" });

export const idParamsSchema = z.object({ id: identifierSchema });
export const slugParamsSchema = z.object({ slug: identifierSchema });
