import { AppError, isAppError } from "./app-error";
import { httpStatusFor } from "./http-status";

export type ErrorBody = { error: { code: AppError["code"]; message: string } };

/** The JSON body every API error has. Anything that is not an AppError is a
 * bug or an outage: it is logged with its stack and reported without details. */
export function errorResponse(error: unknown): Response {
  const appError = isAppError(error)
    ? error
    : new AppError("internal", "Something went wrong on our side.", { cause: error });
  const status = httpStatusFor(appError.code);
  if (status >= 500) console.error("[api] 500:", appError.cause ?? appError);
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
