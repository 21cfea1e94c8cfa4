/** Structured data for search engines and citation tools. JSON.stringify does
 * not escape "<", so article text containing "</script>" would end the element;
 * escaping it (and the line separators JavaScript parsers choke on) keeps the
 * payload inert. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
