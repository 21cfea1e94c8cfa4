import type { AppErrorCode } from "./app-error";

const STATUS = { invalid_request: 400, not_found: 404, internal: 500 } as const satisfies Record<AppErrorCode, number>;

export function httpStatusFor(code: AppErrorCode): number {
  return STATUS[code];
}
