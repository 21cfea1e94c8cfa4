import { withApiErrors } from "@/lib/errors/with-api-errors";
import { getClaimById } from "@/lib/kb/get-claim-by-id";
import { idParamsSchema } from "@/lib/validation/route-params";
import { findOr404 } from "../../_lib/find-or-404";
import { jsonResponse } from "../../_lib/json";

export const GET = withApiErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const claim = await findOr404(idParamsSchema, context.params, ({ id }) => getClaimById(id), "claim");
  return jsonResponse({ data: claim });
});
