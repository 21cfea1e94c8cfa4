import { withApiErrors } from "@/lib/errors/with-api-errors";
import { listArticles } from "@/lib/kb/list-articles";
import { articleListSchema } from "@/lib/validation/article-list";
import { parseParamsOrThrow } from "@/lib/validation/search-params";
import { pagedResponse } from "../_lib/json";

export const GET = withApiErrors(async (request: Request) => {
  const query = parseParamsOrThrow(articleListSchema, new URL(request.url).searchParams);
  return pagedResponse(await listArticles(query));
});
