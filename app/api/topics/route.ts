import { withApiErrors } from "@/lib/errors/with-api-errors";
import { listTopics } from "@/lib/kb/list-topics";
import { jsonResponse } from "../_lib/json";

export const GET = withApiErrors(async () => {
  const topics = await listTopics();
  return jsonResponse({ data: topics, total: topics.length });
});
