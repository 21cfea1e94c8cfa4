/** Delimiters for ts_headline from Unicode's private use area: they never mean
 * anything in news text, and stored text has them replaced before highlighting
 * (see statement-sql.ts), so every one in the output is ours. */
export const MATCH_START = "\uE000";
export const MATCH_STOP = "\uE001";

export type TextRange = readonly [start: number, end: number];

/** Turns ts_headline output into [start, end) ranges over `original`, so the
 * page renders the stored text itself as text nodes and wraps the ranges in
 * <mark>; nothing from the database is ever parsed as HTML. The headline may
 * have been computed on the accent-folded text; that is only usable when
 * folding kept every character in place, otherwise no ranges are returned. */
export function highlightRanges(original: string, headline: string | null): TextRange[] {
  if (!headline) return [];
  const ranges: TextRange[] = [];
  let plain = "";
  let openAt: number | null = null;
  for (const char of headline) {
    if (char === MATCH_START) openAt = plain.length;
    else if (char === MATCH_STOP) {
      if (openAt !== null && plain.length > openAt) ranges.push([openAt, plain.length]);
      openAt = null;
    } else plain += char;
  }
  if (plain.length !== original.length) return [];
  return ranges;
}
