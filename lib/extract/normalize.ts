/**
 * A copy of the body that the rules match on: every kind of quotation mark,
 * space and dash folded to one canonical character. The fold is one UTF-16
 * code unit to one, so the normalized text has the body's length and an index
 * into it is the same index into the body — no offset map is needed, and no
 * stored offset can drift.
 *
 * Folding loses which way a curly mark faces, which pairing needs, so
 * `markDirection` reads that from the original body at the same index.
 */

const FOLD = new Map<string, string>();
for (const ch of '"“”„‟«»〝〞＂') FOLD.set(ch, '"');
for (const ch of "‘’‚‛‹›`´ʼ′") FOLD.set(ch, "'");
for (const ch of "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u200b\ufeff") {
  FOLD.set(ch, " ");
}
for (const ch of "\u2010\u2011") FOLD.set(ch, "-");
for (const ch of "\u2012\u2013\u2014\u2015\u2212") FOLD.set(ch, "—");

export function normalizeText(body: string): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    // Plain ASCII other than the tab never changes; only look the rest up.
    if (code < 128 && code !== 9) continue;
    const folded = FOLD.get(body[i] ?? "");
    if (folded === undefined || folded === body[i]) continue;
    out += body.slice(copied, i) + folded;
    copied = i + 1;
  }
  return copied === 0 ? body : out + body.slice(copied);
}

export type MarkDirection = "open" | "close" | "either";

const OPENING = new Set(["“", "„", "«", "‘", "‚", "〝"]);
const CLOSING = new Set(["”", "»", "’", "〞"]);

/** Which way the original quotation mark at `index` of `body` faces. */
export function markDirection(body: string, index: number): MarkDirection {
  const ch = body[index] ?? "";
  if (OPENING.has(ch)) return "open";
  if (CLOSING.has(ch)) return "close";
  return "either";
}
