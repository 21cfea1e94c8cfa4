import { formatFuzzyDate } from "@/components/fuzzy-date";
import type { SpeakerSummary } from "@/lib/kb/get-speaker-by-slug";
import type { FeedEntry } from "@/lib/kb/list-speaker-feed";

/** Escapes text for XML element content and attribute values, and drops the
 * characters XML 1.0 cannot carry at all (control characters, lone surrogates). */
export function escapeXml(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** An Atom 1.0 document (RFC 4287) of a speaker's statements. Entry ids are
 * the statements' permalinks, which survive re-imports. */
export function speakerAtomFeed(speaker: SpeakerSummary, entries: FeedEntry[], origin: string): string {
  const profile = `${origin}/speakers/${speaker.slug}`;
  const updated = entries.reduce(
    (latest, entry) => (entry.importedAt > latest ? entry.importedAt : latest),
    "1970-01-01T00:00:00.000Z",
  );
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <id>${escapeXml(profile)}</id>`,
    `  <title>${escapeXml(`${speaker.name} — statements on saidwhat`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${profile}/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(profile)}"/>`,
    `  <author><name>${escapeXml(speaker.name)}</name></author>`,
    ...entries.map((entry) => atomEntry(entry, speaker, origin)),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}

function atomEntry(entry: FeedEntry, speaker: SpeakerSummary, origin: string): string {
  const permalink = `${origin}/quotes/${entry.id}`;
  const words = entry.kind === "direct" ? `“${entry.text}”` : entry.text;
  const when = entry.date.on
    ? `${formatFuzzyDate(entry.date)}${entry.date.source === "published" ? " (article date)" : ""}`
    : "date unknown";
  const source = `${entry.article.title}${entry.article.outlet ? `, ${entry.article.outlet}` : ""}`;
  const summary = `${speaker.name}${entry.speakerRole ? ` (${entry.speakerRole})` : ""}, ${when}: ${words} — reported in ${source}.`;
  return [
    `  <entry>`,
    `    <id>${escapeXml(permalink)}</id>`,
    `    <title>${escapeXml(`${speaker.name}: ${truncate(entry.text, 90)}`)}</title>`,
    `    <updated>${entry.importedAt}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(permalink)}"/>`,
    `    <link rel="related" type="text/html" href="${escapeXml(`${origin}/articles/${entry.article.id}#quote-${entry.id}`)}"/>`,
    `    <summary type="text">${escapeXml(summary)}</summary>`,
    `  </entry>`,
  ].join("\n");
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
