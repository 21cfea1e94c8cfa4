import { firstStartingAt } from "./first-starting-at";
import { memoizeByString } from "./memoize";
import { foldAccents } from "./names";

export type WordToken = {
  /** As written, without a trailing possessive ("NATO" for "NATO’s"). */
  text: string;
  /** Folded, lower-case, dots, apostrophes and hyphens removed, American spelling. */
  norm: string;
  start: number;
  end: number;
  isCapitalized: boolean;
  isPossessive: boolean;
  /** One run of letters and digits as matched: no joiner, no possessive, no final dot. */
  isOneRun: boolean;
};

// Letters (Latin, Greek, Cyrillic, Hebrew, Arabic, CJK) and digits, joined by
// inner dots (U.S), apostrophes (d'Ivoire), hyphens (Anti-Doping) or
// ampersands (S&P). Explicit ranges: \p{L} makes the patterns built on them three times slower.
const LETTER_RANGES: [number, number][] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x300, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x52f],
  [0x590, 0x6ff],
  [0x1e00, 0x1eff],
  [0x4e00, 0x9fff],
];
const unicodeEscape = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
/** The letter ranges as the body of a pattern's character class. */
export const LETTER = LETTER_RANGES.map(([from, to]) => `${unicodeEscape(from)}-${unicodeEscape(to)}`).join("");
// The same letters by UTF-16 unit, for tokenizeWords, which scans by hand: a
// pattern's match objects cost more than the words they find.
const IS_LETTER = new Uint8Array(0x10000);
for (const [from, to] of LETTER_RANGES) IS_LETTER.fill(1, from, to + 1);

/** The characters that join runs of letters into one word: . ' ’ & - */
export function isJoiner(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019 || code === 38 || code === 45;
}
/** Plain runs of letters and digits, for callers that need words but not tokens. */
export const SIMPLE_WORD = new RegExp(`[${LETTER}]+`, "g");
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;
const STARTS_UPPER = /^[\p{Lu}\p{N}]/u;
const JOINERS = /[.'’-]/g;

// British and American spellings of the same word must share one key.
const SPELLING_VARIANTS: [RegExp, string][] = [
  [/isation(s?)$/, "ization$1"],
  [/^defence$/, "defense"],
  [/^programme(s?)$/, "program$1"],
  [/^centre(s?)$/, "center$1"],
  [/^labour$/, "labor"],
];

const HAS_JOINER = /[.'’-]/;
const SPELLING_HINT = /isation|defence|programme|centre|labour/;

const SHORTEST_SPELLING_HINT = 6;

/** Lower-case ASCII letters and digits: nothing to fold, lower or join. */
function isPlainAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

export function normalizeToken(text: string): string {
  // Most words are their own norm; seeing that is cheaper than a cache lookup.
  if (isPlainAscii(text) && (text.length < SHORTEST_SPELLING_HINT || !SPELLING_HINT.test(text))) return text;
  return normOf(text);
}

const normOf = memoizeByString(computeNorm);

function computeNorm(text: string): string {
  let norm = foldAccents(text).toLowerCase();
  if (HAS_JOINER.test(norm)) norm = norm.replace(JOINERS, "");
  if (!SPELLING_HINT.test(norm)) return norm;
  for (const [pattern, replacement] of SPELLING_VARIANTS) norm = norm.replace(pattern, replacement);
  return norm;
}

function isCapitalizedStart(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return STARTS_UPPER.test(word);
}

/** Ends in "’s", "'s", "’S" or "'S" (read by code unit: endsWith takes a slow path). */
function isPossessiveEnding(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const mark = word.charCodeAt(word.length - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019);
}

/** Runs of letters, joined by single joiners: what the pattern
 * [L]+(?:[.'’&-][L]+)* would match, leftmost first. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const length = text.length;
  let start = 0;
  for (;;) {
    while (start < length && IS_LETTER[text.charCodeAt(start)] !== 1) start++;
    if (start >= length) break;
    let matchEnd = start + 1;
    let isJoined = false;
    for (;;) {
      while (matchEnd < length && IS_LETTER[text.charCodeAt(matchEnd)] === 1) matchEnd++;
      const joinsNext = isJoiner(text.charCodeAt(matchEnd)) && IS_LETTER[text.charCodeAt(matchEnd + 1)] === 1;
      if (!joinsNext) break;
      matchEnd += 2;
      isJoined = true;
    }
    let word = text.slice(start, matchEnd);
    // "U.S." keeps its final dot, which is part of the abbreviation, not a full stop.
    if (isJoined && word.includes(".") && text[start + word.length] === "." && DOTTED_ABBREVIATION.test(word))
      word += ".";
    const isPossessive = isJoined && word.length > 2 && isPossessiveEnding(word);
    if (isPossessive) word = word.slice(0, -2);
    tokens.push({
      text: word,
      norm: normalizeToken(word),
      start,
      end: start + word.length,
      isCapitalized: isCapitalizedStart(word),
      isPossessive,
      isOneRun: !isJoined,
    });
    start = matchEnd;
  }
  return tokens;
}

/** Whether `text` is the passage of `whole` at offset `at` (slicing and comparing
 * beats startsWith with a position, which takes a slow path). */
export function isPassageAt(whole: string, text: string, at: number | undefined): at is number {
  return at !== undefined && whole.slice(at, at + text.length) === text;
}

/** Where a token's match ended: a possessive "’s" cut from the token still belonged to it. */
function matchedEnd(token: WordToken): number {
  return token.isPossessive ? token.end + 2 : token.end;
}

/**
 * Which of the tokens of a whole text, [first, last), `tokenizeWords(text.slice(start, end))`
 * would return (offsets apart), so that a passage need not be read again. The
 * pattern looks at nothing before a word, so a passage splits into the same
 * words as the text unless a word crosses one of its edges: then this returns null.
 */
export function passageTokenRange(tokens: readonly WordToken[], start: number, end: number): [number, number] | null {
  const first = firstStartingAt(tokens.length, (index) => tokens[index]?.start ?? 0, start);
  const before = tokens[first - 1];
  if (before && matchedEnd(before) > start) return null;
  let last = first;
  for (; last < tokens.length; last++) {
    const token = tokens[last];
    if (!token || token.start >= end) break;
    if (matchedEnd(token) > end) return null;
  }
  return [first, last];
}

/** The key a multi-word phrase is indexed under: token norms joined by spaces. */
export function phraseKey(phrase: string): string {
  return tokenizeWords(phrase)
    .map((token) => token.norm)
    .join(" ");
}

export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
