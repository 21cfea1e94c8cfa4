import { z } from "zod";
import { ExtractionError } from "./errors";
import type { ArticleSource, FuzzyDate, PublicationDateSource } from "./types";

/** What the file says about itself, before any language rule runs. `body` is
 * the text every offset of the extraction indexes into. */
export type ArticleInput = {
  /** From front matter or a headline line; null when the article has neither. */
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: FuzzyDate & { source: PublicationDateSource | null };
  body: string;
};

const frontMatterSchema = z.object({
  title: z.string().trim().min(1, "title must not be empty").optional(),
  url: z.url({ protocol: /^https?$/, message: "url must be an http(s) address" }).optional(),
  outlet: z.string().trim().min(1, "outlet must not be empty").optional(),
  publishedAt: z.iso.date({ message: "publishedAt must be a real date written YYYY-MM-DD" }).optional(),
});

const isoDate = z.iso.date();
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const SUPPORTED_EXTENSION = /\.(txt|md)$/i;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
const FRONT_MATTER_LINE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;
// Some exports put the publication date as a bare marker before the text.
const DATE_MARKER = /^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)[ \t]*/i;
const SENTENCE_END = /[.;:,]["'”’)\]]*$/;
const TITLE_CASED_WORD = /^["'“‘(]?\p{Lu}/u;
const NEXT_LINE_IN_LOWER_CASE = /^\n[ \t]*\p{Ll}/u;
const MAX_HEADLINE_WORDS = 25;

function decode(source: ArticleSource): string {
  const { bytes, sourceFile } = source;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ExtractionError("not-utf8", `${sourceFile} is UTF-16 text; save it as UTF-8 and import it again.`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ExtractionError(
      "not-utf8",
      `${sourceFile} is not valid UTF-8 (it may be Latin-1 or Windows-1252); re-save it as UTF-8 and import it again.`,
    );
  }
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const first = trimmed[0];
  if (trimmed.length >= 2 && (first === '"' || first === "'") && trimmed.endsWith(first)) return trimmed.slice(1, -1);
  return trimmed;
}

/** Splits off `---` front matter; returns the parsed keys and the rest of the text. */
function readFrontMatter(text: string, sourceFile: string): { meta: z.infer<typeof frontMatterSchema>; rest: string } {
  const lines = text.split("\n");
  if (!FRONT_MATTER_FENCE.test(lines[0] ?? "")) return { meta: {}, rest: text };
  const close = lines.findIndex((line, i) => i > 0 && FRONT_MATTER_FENCE.test(line));
  if (close < 0) {
    throw new ExtractionError(
      "bad-front-matter",
      `${sourceFile}: front matter opened with --- is never closed by a --- line.`,
    );
  }
  const raw: Record<string, string> = {};
  for (let i = 1; i < close; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const match = FRONT_MATTER_LINE.exec(line);
    if (!match) {
      throw new ExtractionError(
        "bad-front-matter",
        `${sourceFile}: front matter line ${i + 1} is not "key: value": ${line.trim()}`,
      );
    }
    raw[match[1] ?? ""] = unquote(match[2] ?? "");
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new ExtractionError("bad-front-matter", `${sourceFile}: bad front matter (${problems}).`);
  }
  return { meta: parsed.data, rest: lines.slice(close + 1).join("\n") };
}

function isTitleCased(words: string[]): boolean {
  const content = words.filter((w) => w.length > 3);
  if (content.length === 0) return false;
  return content.filter((w) => TITLE_CASED_WORD.test(w)).length / content.length >= 0.6;
}

/** A first line reads as a headline when it is short, is followed by more
 * text, and does not end the way a sentence of body text ends. */
function headlineOf(line: string): string | null {
  const text = line.replace(/^#+[ \t]+/, "").trim();
  const words = text.split(/\s+/);
  if (text === "" || words.length > MAX_HEADLINE_WORDS || SENTENCE_END.test(text)) return null;
  if (/[?!]["'”’]*$/.test(text) && !isTitleCased(words)) return null;
  return text;
}

const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, " ").toLowerCase() === b.replace(/\s+/g, " ").toLowerCase();

/** A `date YYYY-MM-DD` marker opening the text, taken off it. */
function takeDateMarker(text: string): { body: string; date: string | null } {
  const marker = DATE_MARKER.exec(text);
  if (!marker || !isoDate.safeParse(marker[1]).success) return { body: text, date: null };
  return { body: text.slice(marker[0].length).replace(/^\s*\n/, ""), date: marker[1] ?? null };
}

export function readArticleInput(source: ArticleSource): ArticleInput {
  if (!SUPPORTED_EXTENSION.test(source.sourceFile)) {
    throw new ExtractionError(
      "unsupported-type",
      `${source.sourceFile}: only .txt and .md article files can be imported.`,
    );
  }
  const text = decode(source)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  const { meta, rest } = readFrontMatter(text, source.sourceFile);

  const beforeHeadline = takeDateMarker(rest.replace(/^\s*\n/, ""));
  let { body } = beforeHeadline;

  let title = meta.title ?? null;
  const firstBreak = body.indexOf("\n");
  // A next line starting in lower case means the first line is hard-wrapped prose, unless it is a date marker.
  const nextIsDateMarker = DATE_MARKER.test(body.slice(firstBreak + 1));
  const continuesProse = !nextIsDateMarker && NEXT_LINE_IN_LOWER_CASE.test(body.slice(firstBreak));
  if (firstBreak > 0 && !continuesProse && body.slice(firstBreak).trim() !== "") {
    const headline = headlineOf(body.slice(0, firstBreak));
    if (headline !== null && (title === null || sameText(title, headline))) {
      title ??= headline;
      body = body.slice(firstBreak + 1).replace(/^\s*\n/, "");
    }
  }
  // The marker may also stand on the line after the headline.
  const afterHeadline = beforeHeadline.date === null ? takeDateMarker(body) : { body, date: null };
  body = afterHeadline.body;
  if (body.trim() === "") throw new ExtractionError("empty", `${source.sourceFile} has no article text to read.`);

  const markerDate = beforeHeadline.date ?? afterHeadline.date;
  const publishedDate = meta.publishedAt ?? markerDate;
  return {
    title,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    published: {
      date: publishedDate,
      precision: publishedDate ? "day" : "unknown",
      phrase: null,
      source: meta.publishedAt ? "front-matter" : markerDate ? "date-marker" : null,
    },
    body,
  };
}

const DERIVED_TITLE_LENGTH = 90;

/** A title made from the article's first sentence when it has no headline. */
export function deriveTitle(firstSentence: string): string {
  const text = firstSentence.replace(/\s+/g, " ").trim();
  if (text.length <= DERIVED_TITLE_LENGTH) return text;
  const cut = text.lastIndexOf(" ", DERIVED_TITLE_LENGTH);
  return `${text.slice(0, cut > 40 ? cut : DERIVED_TITLE_LENGTH).replace(/[,;:—–-]+$/, "")}…`;
}
