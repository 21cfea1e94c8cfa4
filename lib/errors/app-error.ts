/** What went wrong, in terms a caller can act on; `http-status.ts` maps each
 * code to a status in one place. */
export type AppErrorCode = "invalid_request" | "not_found" | "internal";

export class AppError extends Error {
  override name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
