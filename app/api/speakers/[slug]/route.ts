import { withApiErrors } from "@/lib/errors/with-api-errors";
import { getSpeakerBySlug } from "@/lib/kb/get-speaker-by-slug";
import { getSpeakerRecord } from "@/lib/kb/get-speaker-record";
import { slugParamsSchema } from "@/lib/validation/route-params";
import { findOr404 } from "../../_lib/find-or-404";
import { jsonResponse } from "../../_lib/json";

/** A speaker with aliases, the roles articles gave them, their topics and
 * totals; their statements are at /api/quotes?speaker=<slug>. */
export const GET = withApiErrors(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
  const speaker = await findOr404(
    slugParamsSchema,
    context.params,
    async ({ slug }) => {
      const [summary, record] = await Promise.all([getSpeakerBySlug(slug), getSpeakerRecord(slug)]);
      return summary ? { ...summary, ...record } : null;
    },
    "speaker",
  );
  return jsonResponse({ data: speaker });
});
