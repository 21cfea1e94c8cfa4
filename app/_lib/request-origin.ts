import { headers } from "next/headers";

/** The origin the reader used, for absolute links in citations and structured
 * data (a permalink is only useful pasted elsewhere if it is absolute). */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const protocol =
    list.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${protocol.split(",")[0]?.trim() ?? "http"}://${host.split(",")[0]?.trim() ?? host}`;
}
