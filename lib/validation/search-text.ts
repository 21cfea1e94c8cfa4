import { z } from "zod";

/** Longer searches are cut, not refused: a pasted paragraph still finds its quote. */
export const MAX_SEARCH_LENGTH = 300;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// PostgreSQL text cannot hold NUL; other control characters only confuse the parser.
const CONTROL = /[\u0000-\u001F\u007F]/g;

/** Free text typed by a person: anything goes in, something PostgreSQL accepts
 * comes out, or undefined when nothing searchable is left. */
export const searchTextSchema = z
  .string()
  .transform((raw) => {
    const cleaned = raw.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
    const cut = cleaned.slice(0, MAX_SEARCH_LENGTH);
    // Cutting may split a surrogate pair; drop the orphan half.
    return cut.replace(/[\uD800-\uDBFF]$/, "").trim();
  })
  .transform((text) => (text === "" ? undefined : text))
  .optional();
