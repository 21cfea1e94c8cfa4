import { withApiErrors } from "@/lib/errors/with-api-errors";
import { getArticleById } from "@/lib/kb/get-article-by-id";
import { idParamsSchema } from "@/lib/validation/route-params";
import { findOr404 } from "../../_lib/find-or-404";
import { jsonResponse } from "../../_lib/json";

export const GET = withApiErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const article = await findOr404(idParamsSchema, context.params, ({ id }) => getArticleById(id), "article");
  return jsonResponse({ data: article });
});
