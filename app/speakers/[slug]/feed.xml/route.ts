import { AppError } from "@/lib/errors/app-error";
import { withApiErrors } from "@/lib/errors/with-api-errors";
import { getSpeakerBySlug } from "@/lib/kb/get-speaker-by-slug";
import { listSpeakerFeed } from "@/lib/kb/list-speaker-feed";
import { slugParamsSchema } from "@/lib/validation/route-params";
import { speakerAtomFeed } from "./atom";

export const GET = withApiErrors(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
  const parsed = slugParamsSchema.safeParse(await context.params);
  if (!parsed.success) throw new AppError("not_found", "No such speaker.");
  const [speaker, entries] = await Promise.all([getSpeakerBySlug(parsed.data.slug), listSpeakerFeed(parsed.data.slug)]);
  if (!speaker) throw new AppError("not_found", `No speaker has the slug "${parsed.data.slug}".`);
  const xml = speakerAtomFeed(speaker, entries, new URL(request.url).origin);
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
});
