import type { QuoteDetail } from "@/lib/kb/get-quote-by-id";
import { formatFuzzyDate } from "./fuzzy-date";

/** A plain-text citation a journalist can paste: who, in what role, the
 * words, where they were reported and the permalink. */
export function quoteCitation(quote: QuoteDetail, permalink: string): string {
  const who = quote.speaker ? quote.speaker.name : "Unattributed speaker";
  const role = quote.speakerRole ? ` (${quote.speakerRole})` : "";
  const words = quote.kind === "direct" ? `“${quote.text}”` : `[reported speech] ${quote.text}`;
  const when = quote.date.on
    ? `, ${formatFuzzyDate(quote.date)}${quote.date.source === "published" ? " (article date)" : ""}`
    : "";
  const outlet = quote.article.outlet ? `, ${quote.article.outlet}` : "";
  const source = quote.article.url ? ` ${quote.article.url}` : "";
  return `${who}${role}${when}: ${words} Reported in “${quote.article.title}”${outlet}.${source} Via saidwhat: ${permalink}`;
}
