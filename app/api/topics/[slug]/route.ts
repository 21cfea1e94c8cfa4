import { withApiErrors } from "@/lib/errors/with-api-errors";
import { getTopicBySlug } from "@/lib/kb/get-topic-by-slug";
import { slugParamsSchema } from "@/lib/validation/route-params";
import { findOr404 } from "../../_lib/find-or-404";
import { jsonResponse } from "../../_lib/json";

/** A topic with who spoke about it; its statements are at /api/quotes?topic=<slug>. */
export const GET = withApiErrors(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
  const topic = await findOr404(slugParamsSchema, context.params, ({ slug }) => getTopicBySlug(slug), "topic");
  return jsonResponse({ data: topic });
});
