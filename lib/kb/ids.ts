import { createHash } from "node:crypto";

/** Identifiers are derived from content rather than generated, so a permalink
 * to an article, quote or claim survives a rebuild of the database. */

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function shortHash(...parts: (string | number)[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 12);
}

export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "untitled";
}

export function articleIdFor(sourceFile: string): string {
  return slugify(sourceFile.replace(/\.(txt|md)$/i, ""));
}

export function quoteIdFor(articleId: string, startOffset: number, text: string): string {
  return shortHash("quote", articleId, startOffset, text);
}

export function claimIdFor(signature: string): string {
  return shortHash("claim", signature);
}

export function summarySentenceIdFor(articleId: string, position: number): string {
  return `${articleId}-s${position}`;
}
