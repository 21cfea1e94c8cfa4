import { markDirection } from "./normalize";
import { reportingVerb } from "./reporting-verbs";
import type { Paragraph } from "./sentences";

/**
 * Spans of text inside quotation marks, one per paragraph. News style runs a
 * long quote over several paragraphs with an opening mark at the start of each
 * and a closing mark only at the end; each of those paragraphs gives its own
 * span, linked to the one before by `continuesPrevious`.
 */
export type QuoteSpan = {
  /** Index of the opening mark, or the paragraph start when there is none. */
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  hasCloseMark: boolean;
  /** The quoted words: inside the marks, trimmed, without a trailing comma. */
  start: number;
  end: number;
  paragraph: number;
  /** The quote carries on from an unclosed quote in the paragraph before. */
  continuesPrevious: boolean;
  category: QuoteCategory;
};

/** speech: words someone said; term: a scare quote, coined term or name; title: a work's title. */
export type QuoteCategory = "speech" | "term" | "title";

const words = (list: string) => new Set(list.split(/\s+/));
/** Words right before a quotation that make it a name or term, not speech. */
const NAMING_CUES = words(
  "so-called called dubbed termed term titled entitled named nicknamed labeled labelled branded word words phrase slogan hashtag motto banner headline headlined codenamed code-named reading read bearing inscribed marked",
);
const NAMING_PAIRS = words("known_as described_as emblazoned_with");
const WORK_CUES = words(
  "film movie book novel song single album show series play documentary podcast report article column op-ed essay poem opera musical programme program campaign operation exercise initiative plan bill act doctrine strategy",
);

/** The last two words right before `end` (only spaces or a comma between),
 * lower case, most recent last. */
function lastTwoWords(text: string, from: number, end: number): [string, string] {
  const found: string[] = [];
  let i = end;
  while (i > from && (text.charCodeAt(i - 1) === 32 || text[i - 1] === ",")) i--;
  if (i > from && !isWordChar(text.charCodeAt(i - 1))) return ["", ""];
  while (found.length < 2 && i > from) {
    while (i > from && !isWordChar(text.charCodeAt(i - 1))) i--;
    const stop = i;
    while (i > from && isWordChar(text.charCodeAt(i - 1))) i--;
    if (stop > i) found.unshift(text.slice(i, stop).toLowerCase());
  }
  return [found.length === 2 ? (found[0] ?? "") : "", found[found.length - 1] ?? ""];
}

// Letters (any script), digits and the hyphen of "so-called".
function isWordChar(code: number): boolean {
  return (
    code === 45 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191
  );
}
const SPEECH_END = /[.!?…,:;—]$/;
const MAX_TERM_WORDS = 4;
const AUXILIARY_OR_PRONOUN =
  /\b(?:is|are|was|were|be|been|am|will|would|can|could|should|must|may|might|shall|do|does|did|has|have|had|i|we|you|they|it|he|she|not|no|never)\b/i;

const OPENS_QUOTED_WORDS = /[\p{L}\p{N}"…]/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TITLE_WORD = /^\p{Lu}|^(?:of|the|and|a|in|on|for|to|with)$/u;

/** Apostrophes look like single quotation marks; these start words, not quotes. */
const APOSTROPHE_WORD = /^(?:\d\ds|em|til|tis|twas|cause|n|round|bout)\b/i;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === " " || ch === "\n";
}

function pairDoubleMarks(text: string, body: string, paragraph: Paragraph): [number, number][] {
  const marks: number[] = [];
  for (let i = text.indexOf('"', paragraph.start); i >= 0 && i < paragraph.end; i = text.indexOf('"', i + 1))
    marks.push(i);
  const pairs: [number, number][] = [];
  let k = 0;
  // A closing-faced mark first, glued to the word before it, closes a quote
  // that began in an earlier paragraph without a fresh opening mark.
  const first = marks[0];
  if (
    first !== undefined &&
    markDirection(body, first) === "close" &&
    !isSpace(text[first - 1]) &&
    first > paragraph.start
  ) {
    pairs.push([-1, first]);
    k = 1;
  }
  for (; k < marks.length; k += 2) {
    const open = marks[k] ?? 0;
    pairs.push([open, marks[k + 1] ?? -1]);
  }
  return pairs;
}

function isSingleOpener(text: string, body: string, i: number, paragraph: Paragraph): boolean {
  const before = i > paragraph.start ? text[i - 1] : undefined;
  if (!(before === undefined || isSpace(before) || '([—-/"'.includes(before))) return false;
  if (markDirection(body, i) === "close") return false;
  const after = text[i + 1] ?? "";
  return OPENS_QUOTED_WORDS.test(after) && !APOSTROPHE_WORD.test(text.slice(i + 1, i + 8));
}

const NOT_POSSESSED = /^ (?:he|she|they|i|we|it|said|says|added|adds|told|tells|wrote|writes|asked|according)\b/i;

function isSingleCloser(text: string, body: string, j: number, paragraph: Paragraph): boolean {
  if (isSpace(text[j - 1]) || markDirection(body, j) === "open") return false;
  const after = j + 1 < paragraph.end ? text[j + 1] : undefined;
  if (!(after === undefined || isSpace(after) || '.,;:!?)]—-"'.includes(after))) return false;
  // "the ministers' meeting": a plural possessive, not the end of a quote.
  if (/s/i.test(text[j - 1] ?? "") && after === " " && !NOT_POSSESSED.test(text.slice(j + 1, j + 12))) return false;
  return true;
}

/** Single-mark pairs of a paragraph; a quote still open at its end runs on
 * when the next paragraph opens with a single mark (news style). */
function pairSingleMarks(
  text: string,
  body: string,
  paragraph: Paragraph,
  next: Paragraph | undefined,
): [number, number][] {
  const pairs: [number, number][] = [];
  let open = -1;
  for (let i = text.indexOf("'", paragraph.start); i >= 0 && i < paragraph.end; i = text.indexOf("'", i + 1)) {
    if (open < 0) {
      if (isSingleOpener(text, body, i, paragraph)) open = i;
    } else if (isSingleCloser(text, body, i, paragraph)) {
      pairs.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0 && next && text[next.start] === "'" && isSingleOpener(text, body, next.start, next))
    pairs.push([open, -1]);
  return pairs;
}

function innerBounds(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && (isSpace(text[e - 1]) || text[e - 1] === ",")) e--;
  return [s, e];
}

const WORDS_TO_VERB = 4;
const MAX_APPOSITION_WORDS = 4;

/** “People wrote him off,” he said: a quote closing on a comma and followed by a
 * reporting verb within a few words is speech, however short. */
function isFollowedByAttribution(text: string, innerEnd: number, close: number): boolean {
  if (close < 0 || !text.slice(innerEnd, close).includes(",")) return false;
  const words = text
    .slice(close + 1, close + 60)
    .trimStart()
    .split(/\s+/, WORDS_TO_VERB + MAX_APPOSITION_WORDS);
  // "“…,” the association's president, Olivier Garnier-Laval, said": one apposition may come between.
  let commas = 0;
  for (const [index, word] of words.entries()) {
    if (index >= WORDS_TO_VERB && commas === 0) return false;
    const verb = reportingVerb(word.replace(/[^\p{L}]+$/u, "").toLowerCase());
    if (verb && (verb.form === "past" || verb.form === "third")) return true;
    // The clause ends: "“…,” a deal that …. Officials said" is not this quote's attribution.
    if (/[.;:!?]$/.test(word) || (word.endsWith(",") && ++commas > 2)) return false;
  }
  return false;
}

/** Whether a quoted span is speech, a term or a title, from its own words and
 * the words just before and after it. */
function categorize(
  text: string,
  span: { open: number; close: number; start: number; end: number },
  lineStart: number,
): QuoteCategory {
  const [previous, last] = lastTwoWords(text, Math.max(lineStart, span.open - 40), span.open);
  if (NAMING_CUES.has(last) || NAMING_PAIRS.has(`${previous}_${last}`)) return "term";
  if (isFollowedByAttribution(text, span.end, span.close)) return "speech";
  // Count words only as far as a term can go; long quotes are speech.
  const inner = text.slice(span.start, Math.min(span.end, span.start + 80));
  const quoted = inner.split(/\s+/, MAX_TERM_WORDS + 2).filter((w) => HAS_LETTER_OR_DIGIT.test(w));
  if (quoted.length > MAX_TERM_WORDS || span.end - span.start > 80) return "speech";
  const isTitleCase = quoted.length >= 2 && quoted.every((w) => TITLE_WORD.test(w));
  // "Buses, Not Budgets", "Lakeshore Works Because We Do": a slogan capitalizes every word.
  if (AUXILIARY_OR_PRONOUN.test(inner) && !isTitleCase) return "speech";
  // "names such as "Keel Street Consulting."": American style puts the full stop inside the marks.
  if (SPEECH_END.test(inner) && !(isTitleCase && inner.endsWith("."))) return "speech";
  const work = /^(?:the|a|an|his|her|their|its)$/.test(last) ? previous : last;
  return isTitleCase && WORK_CUES.has(work) ? "title" : "term";
}

function overlaps(a: [number, number], spans: [number, number][]): boolean {
  return spans.some(([o, c]) => a[0] < c && o < a[1]);
}

function inside(a: [number, number], spans: [number, number][]): boolean {
  return spans.some(([o, c]) => o < a[0] && a[1] < c);
}

/** A mark pair as offsets: a missing opening mark is the paragraph's start, a missing closing one its end. */
function toBounds([open, close]: [number, number], paragraph: Paragraph): [number, number] {
  return [open < 0 ? paragraph.start - 1 : open, close < 0 ? paragraph.end : close];
}

/** All quoted spans of the article, in text order. */
export function findQuoteSpans(text: string, body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let previousOpen = false;
  paragraphs.forEach((paragraph, n) => {
    const doubles = pairDoubleMarks(text, body, paragraph).map((pair) => toBounds(pair, paragraph));
    const singles = pairSingleMarks(text, body, paragraph, paragraphs[n + 1]).map((pair) => toBounds(pair, paragraph));
    // British style quotes speech in single marks and nests double ones inside.
    const kept: [number, number][] = [
      ...doubles.filter((d) => !inside(d, singles)),
      ...singles.filter(
        (s) =>
          !inside(s, doubles) &&
          !overlaps(
            s,
            doubles.filter((d) => !inside(d, singles)),
          ),
      ),
    ].sort((a, b) => a[0] - b[0]);
    for (const [open, close] of kept) {
      const hasOpenMark = open >= paragraph.start;
      const hasCloseMark = close < paragraph.end;
      const [start, end] = innerBounds(text, hasOpenMark ? open + 1 : paragraph.start, close);
      if (end <= start) continue;
      const continuesPrevious = previousOpen && (open <= paragraph.start || !hasOpenMark);
      const span = {
        open: Math.max(open, paragraph.start),
        close,
        hasCloseMark,
        start,
        end,
        paragraph: paragraph.index,
        continuesPrevious,
      };
      spans.push({ ...span, category: categorize(text, span, paragraph.start) });
    }
    const last = kept[kept.length - 1];
    previousOpen = last !== undefined && last[1] >= paragraph.end;
  });
  return spans;
}
