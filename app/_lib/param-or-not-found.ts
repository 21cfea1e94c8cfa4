import { notFound } from "next/navigation";
import { idParamsSchema, slugParamsSchema } from "@/lib/validation/route-params";

/** A detail page's id, or the 404 page for one that no record could have. */
export async function idOrNotFound(params: Promise<{ id: string }>): Promise<string> {
  const parsed = idParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data.id;
}

/** A detail page's slug, or the 404 page for one that no record could have. */
export async function slugOrNotFound(params: Promise<{ slug: string }>): Promise<string> {
  const parsed = slugParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data.slug;
}
