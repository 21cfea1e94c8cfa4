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
};

// Letters (Latin, Greek, Cyrillic, Hebrew, Arabic, CJK) and digits, joined by
// inner dots (U.S), apostrophes (d'Ivoire), hyphens (Anti-Doping) or
// ampersands (S&P). Explicit ranges: \p{L} makes this hot regex three times slower.
export const LETTER =
  "A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F\\u0590-\\u06FF\\u1E00-\\u1EFF\\u4E00-\\u9FFF";
const WORD = new RegExp(`[${LETTER}]+(?:[.'’&-][${LETTER}]+)*`, "g");
/** Plain runs of letters and digits, for callers that need words but not tokens. */
export const SIMPLE_WORD = new RegExp(`[${LETTER}]+`, "g");
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;
const POSSESSIVE = /['’]S$/;
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

const normalizedTokens = new Map<string, string>();

export function normalizeToken(text: string): string {
  const cached = normalizedTokens.get(text);
  if (cached !== undefined) return cached;
  const norm = computeNorm(text);
  // Bounded: the cache only saves repeated work on a vocabulary.
  if (normalizedTokens.size > 50_000) normalizedTokens.clear();
  normalizedTokens.set(text, norm);
  return norm;
}

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

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    let word = match[0];
    const start = match.index;
    // "U.S." keeps its final dot, which is part of the abbreviation, not a full stop.
    if (word.includes(".") && text[start + word.length] === "." && DOTTED_ABBREVIATION.test(word)) word += ".";
    const isPossessive = word.length > 2 && (word.endsWith("’s") || word.endsWith("'s") || POSSESSIVE.test(word));
    if (isPossessive) word = word.slice(0, -2);
    tokens.push({
      text: word,
      norm: normalizeToken(word),
      start,
      end: start + word.length,
      isCapitalized: isCapitalizedStart(word),
      isPossessive,
    });
  }
  return tokens;
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
