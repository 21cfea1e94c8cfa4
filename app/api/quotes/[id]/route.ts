import { withApiErrors } from "@/lib/errors/with-api-errors";
import { getQuoteById } from "@/lib/kb/get-quote-by-id";
import { idParamsSchema } from "@/lib/validation/route-params";
import { findOr404 } from "../../_lib/find-or-404";
import { jsonResponse } from "../../_lib/json";

export const GET = withApiErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const quote = await findOr404(idParamsSchema, context.params, ({ id }) => getQuoteById(id), "statement");
  return jsonResponse({ data: quote });
});
