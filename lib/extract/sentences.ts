/** Paragraphs and sentences of the normalized body, as offsets. */

export type Paragraph = { index: number; start: number; end: number };
export type Sentence = { index: number; start: number; end: number; paragraph: number };
/** A span of text inside quotation marks, as far as sentence splitting cares. */
export type QuotedRange = { open: number; close: number };

/** Titles that always precede a name, so a period after them never ends a sentence. */
const TITLE_ABBREVIATIONS = new Set(
  "mr mrs ms mx dr prof st gov sen rep gen col lt sgt capt cmdr adm maj rev hon pres supt insp det fr sr jr messrs mme mlle".split(
    " ",
  ),
);
/** Abbreviations that end a sentence only when a typical sentence opener follows. */
const OTHER_ABBREVIATIONS = new Set(
  "jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co no nos vs approx est dept univ assn bros mt ft ave blvd rd fig vol op pp ca cf al e.g i.e a.m p.m u.s u.k u.n e.u d.c u.s.a".split(
    " ",
  ),
);
const SENTENCE_OPENERS = new Set(
  "the a an it he she they we i in on at but and this that these those his her their its there here however meanwhile yet so for if when while as after before according".split(
    " ",
  ),
);

const ENDS_A_SENTENCE = /[.!?:"'\])]\s*$/;
const STARTS_LOWER_CASE = /^\s*\p{Ll}/u;
const LEADING_WORD = /^[\p{L}\p{N}]+/u;
const SINGLE_LETTER = /^\p{L}$/u;
const UPPER_CASE_LETTER = /\p{Lu}/u;
const DOTTED_LETTERS = /^(\p{L}\.)+\p{L}$/u;
const STARTS_A_SENTENCE = /[\p{Lu}\p{N}"'(\[—]/u;
const WRAP_MIN_LINES = 3;

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && text.charCodeAt(s) <= 32) s++;
  while (e > s && text.charCodeAt(e - 1) <= 32) e--;
  return [s, e];
}

/** Blocks are separated by blank lines; inside a block every line is its own
 * paragraph (many feeds use single line breaks), unless the block is
 * hard-wrapped prose: several lines of similar width, or a line that stops
 * mid-sentence before a line starting in lower case. */
export function splitParagraphs(text: string): Paragraph[] {
  const lines: [number, number][] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push([lineStart, i]);
      lineStart = i + 1;
    }
  }
  const paragraphs: Paragraph[] = [];
  const push = (start: number, end: number) => {
    const [s, e] = trimmed(text, start, end);
    if (e > s) paragraphs.push({ index: paragraphs.length, start: s, end: e });
  };
  let block: [number, number][] = [];
  const flush = () => {
    if (block.length === 0) return;
    const widths = block.map(([s, e]) => e - s);
    const widest = Math.max(...widths);
    const isWrapped =
      block.length >= WRAP_MIN_LINES && widest <= 100 && widths.slice(0, -1).every((w) => w >= widest * 0.6);
    let start = block[0]?.[0] ?? 0;
    for (let k = 0; k < block.length; k++) {
      const line = block[k];
      const next = block[k + 1];
      if (!line) continue;
      const joinsNext =
        next !== undefined &&
        (isWrapped ||
          (!ENDS_A_SENTENCE.test(text.slice(line[0], line[1])) &&
            STARTS_LOWER_CASE.test(text.slice(next[0], next[1]))));
      if (!joinsNext) {
        push(start, line[1]);
        if (next) start = next[0];
      }
    }
    block = [];
  };
  for (const line of lines) {
    if (isBlank(text, line[0], line[1])) flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}

function wordBefore(text: string, index: number, floor: number): string {
  let s = index;
  while (s > floor && text.charCodeAt(s - 1) > 32 && !"\"'([—,;:".includes(text[s - 1] ?? "")) s--;
  return text.slice(s, index).toLowerCase();
}

function wordAfter(text: string, index: number, end: number): string {
  const match = LEADING_WORD.exec(text.slice(index, Math.min(end, index + 30)));
  return match ? match[0].toLowerCase() : "";
}

/** Whether the period at `dot` belongs to an abbreviation or an initial rather
 * than ending the sentence. */
function isAbbreviationPeriod(text: string, dot: number, paragraph: Paragraph, nextWordStart: number): boolean {
  const word = wordBefore(text, dot, paragraph.start);
  // "D-St. Louis": the abbreviation after a hyphen ("R-N.Y." too).
  const bare = word.replace(/^\.+/, "").replace(/^\p{L}-/u, "");
  if (bare === "") return false;
  if (TITLE_ABBREVIATIONS.has(bare)) return true;
  // An initial ("J. K. Rowling", "George W. Bush"); a lone capital before a period.
  if (SINGLE_LETTER.test(bare) && UPPER_CASE_LETTER.test(text[dot - 1] ?? "")) return true;
  const isDotted = DOTTED_LETTERS.test(bare);
  if (OTHER_ABBREVIATIONS.has(bare) || isDotted) {
    return !SENTENCE_OPENERS.has(wordAfter(text, nextWordStart, paragraph.end));
  }
  return false;
}

const CLOSERS = new Set(['"', "'", ")", "]"]);

/** Sentences of each paragraph. A break inside quotation marks that close in
 * the same paragraph is not taken, so a quote and its attribution stay in one
 * sentence. */
export function splitSentences(text: string, paragraphs: Paragraph[], quoted: QuotedRange[]): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text[i];
      if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
      let after = i + 1;
      while (after < paragraph.end && (text[after] === "." || text[after] === "!" || text[after] === "?")) after++;
      while (after < paragraph.end && CLOSERS.has(text[after] ?? "")) after++;
      let next = after;
      while (next < paragraph.end && text.charCodeAt(next) <= 32) next++;
      if (next === after || next >= paragraph.end) continue;
      if (!STARTS_A_SENTENCE.test(text[next] ?? "")) continue;
      if (ch === "." && after === i + 1 && isAbbreviationPeriod(text, i, paragraph, next)) continue;
      while (q < quoted.length && (quoted[q]?.close ?? 0) < after) q++;
      const range = quoted[q];
      if (range && range.open < after && after <= range.close && range.close < paragraph.end) continue;
      const [s, e] = trimmed(text, start, after);
      if (e > s) sentences.push({ index: sentences.length, start: s, end: e, paragraph: paragraph.index });
      start = next;
      i = next - 1;
    }
    const [s, e] = trimmed(text, start, paragraph.end);
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, paragraph: paragraph.index });
  }
  return sentences;
}
