import { z } from "zod";

export const MAX_PAGE_SIZE = 100;

export function pagingSchema(defaultPageSize: number) {
  return {
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(defaultPageSize),
  };
}
