export type HrefParams = Record<string, string | number | undefined | null>;

/** The inverse of parsing: a path with the given parameters, empty ones and
 * page 1 left out, so shared links stay short and stable. */
export function searchHref(path: string, params: HrefParams, hash?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && Number(value) === 1) continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return `${path}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}
