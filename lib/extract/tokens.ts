/** Word and punctuation tokens of a stretch of normalized text, with offsets. */

import { isRoleWord } from "./roles";

export type Token = {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  isCap: boolean;
  isWord: boolean;
  /** A word naming a role: "minister", "spokeswoman", "epidemiologists" (see roles.ts). */
  isRoleNoun: boolean;
};

// Words keep inner hyphens and apostrophes (O'Brien, al-Assad, don't); dotted
// abbreviations stay whole (U.S., a.m.); a possessive 's is its own token.
// Sticky: matched at one position. Every character but white space starts a
// token (the last alternative takes any), so a failed match is a space.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*%?|\S/uy;
const PERIOD = 46;
const PERCENT = 37;

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/** End of the TOKEN match at `index`, or -1 at white space, from the pattern itself. */
function matchEnd(text: string, index: number): number {
  TOKEN.lastIndex = index;
  return TOKEN.test(text) ? TOKEN.lastIndex : -1;
}

/*
 * The same ends measured by hand, which is several times faster than the
 * pattern: in ASCII, \p{L} is [A-Za-z], \p{N} is [0-9] and \p{M} is empty.
 * Wherever a character outside ASCII could change the match, the pattern decides.
 */

/** A letter: two or more letter-period pairs ("U.S.") or a word ("O'Brien", "al-Assad", "B2B"). */
function wordEnd(text: string, index: number): number {
  let pairsEnd = index;
  let pairs = 0;
  for (;;) {
    const code = text.charCodeAt(pairsEnd);
    if (code >= 128) return matchEnd(text, index);
    if (!isAsciiLetter(code) || text.charCodeAt(pairsEnd + 1) !== PERIOD) break;
    pairs++;
    pairsEnd += 2;
  }
  if (pairs >= 2) return pairsEnd;
  let end = index + 1;
  for (;;) {
    const code = text.charCodeAt(end);
    if (isAsciiLetter(code) || isAsciiDigit(code)) {
      end++;
      continue;
    }
    if (code >= 128) return matchEnd(text, index);
    // A hyphen or apostrophe joins only when a letter or digit follows.
    if (code !== 45 && code !== 39) return end;
    const next = text.charCodeAt(end + 1);
    if (next >= 128) return matchEnd(text, index);
    if (!isAsciiLetter(next) && !isAsciiDigit(next)) return end;
    end += 2;
  }
}

/** A digit: a number with inner "." "," or ":" separators ("3,000", "10:30") and an optional "%". */
function numberEnd(text: string, index: number): number {
  let end = index + 1;
  for (;;) {
    const code = text.charCodeAt(end);
    if (isAsciiDigit(code)) {
      end++;
      continue;
    }
    if (code >= 128) return matchEnd(text, index);
    if (code !== PERIOD && code !== 44 && code !== 58) break;
    const next = text.charCodeAt(end + 1);
    if (next >= 128) return matchEnd(text, index);
    if (!isAsciiDigit(next)) break;
    end += 2;
  }
  return text.charCodeAt(end) === PERCENT ? end + 1 : end;
}

function tokenEnd(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 128) return matchEnd(text, index);
  if (isAsciiLetter(code)) return wordEnd(text, index);
  if (isAsciiDigit(code)) return numberEnd(text, index);
  // Any other ASCII character but white space is a token by itself.
  return isAsciiSpace(code) ? -1 : index + 1;
}

/** Abbreviations whose period is part of the word. */
const DOTTED = new Set(
  "mr mrs ms mx dr prof st gov sen rep gen col lt sgt capt cmdr adm maj rev hon pres supt insp det fr sr jr messrs mme mlle inc corp ltd co no vs".split(
    " ",
  ),
);

const SINGLE_CAPITAL = /^\p{Lu}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The text in lower case: the very same string when it has no capital, so that
 * maps keyed by either find its hash already computed. */
function lowerCased(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128 || (code >= 65 && code <= 90)) return text.toLowerCase();
  }
  return text;
}

function makeToken(text: string, start: number): Token {
  const code = text.charCodeAt(0);
  // ASCII first characters (almost all) are classified without a pattern.
  const isAscii = code < 128;
  const isUpper = code >= 65 && code <= 90;
  const first = text[0] ?? "";
  const isWord = isAscii
    ? isUpper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
    : LETTER_OR_DIGIT.test(first);
  const lower = lowerCased(text);
  return {
    text,
    lower,
    start,
    end: start + text.length,
    isCap: isAscii ? isUpper : first !== first.toLowerCase(),
    isWord,
    isRoleNoun: isWord && isRoleWord(text, lower),
  };
}

/** The possessive "'s", cut off its owner as a token of its own. Tokens are read from normalized
 * text, where every apostrophe is straight. */
export function isPossessiveMark(token: Token | undefined): boolean {
  return token?.text === "'s";
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let index = 0;
  while (index < slice.length) {
    const stop = tokenEnd(slice, index);
    if (stop < 0) {
      index++;
      continue;
    }
    const word = slice.slice(index, stop);
    const at = start + index;
    index = stop;
    const previous = tokens[tokens.length - 1];
    if (
      word === "." &&
      previous &&
      previous.end === at &&
      (DOTTED.has(previous.lower) || SINGLE_CAPITAL.test(previous.text))
    ) {
      tokens[tokens.length - 1] = makeToken(`${previous.text}.`, previous.start);
      continue;
    }
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith("'S"))) {
      const owner = word.slice(0, -2);
      tokens.push(makeToken(owner, at));
      tokens.push(makeToken(word.slice(-2), at + owner.length));
      continue;
    }
    tokens.push(makeToken(word, at));
  }
  return tokens;
}
