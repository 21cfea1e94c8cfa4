import { withApiErrors } from "@/lib/errors/with-api-errors";
import { listSpeakers } from "@/lib/kb/list-speakers";
import { parseParamsOrThrow } from "@/lib/validation/search-params";
import { speakerListSchema } from "@/lib/validation/speaker-list";
import { pagedResponse } from "../_lib/json";

/** Speakers, all or those whose name or any alias is close to `q`. */
export const GET = withApiErrors(async (request: Request) => {
  const query = parseParamsOrThrow(speakerListSchema, new URL(request.url).searchParams);
  return pagedResponse(await listSpeakers(query));
});
