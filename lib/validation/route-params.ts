import { z } from "zod";

/** Ids and slugs come from the importer; anything longer cannot be one. */
export const identifierSchema = z.string().trim().min(1).max(200);

export const idParamsSchema = z.object({ id: identifierSchema });
export const slugParamsSchema = z.object({ slug: identifierSchema });
