import { errorResponse } from "./error-response";

/** Wraps a route handler so a thrown error becomes the API's JSON error shape. */
export function withApiErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
