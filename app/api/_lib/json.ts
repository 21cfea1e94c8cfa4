/** Every successful API answer: the data, and for lists the paging that produced it. */
export function jsonResponse(body: unknown): Response {
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}

export function pagedResponse<T>(page: { items: T[]; total: number; page: number; pageSize: number }): Response {
  return jsonResponse({ data: page.items, page: page.page, pageSize: page.pageSize, total: page.total });
}
