import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/errors/error-response";

/** Unknown API paths answer in the API's JSON error shape, not with the HTML 404 page. */
export function GET(): Response {
  return errorResponse(new AppError("not_found", "No such API endpoint. See the README for the endpoints."));
}
