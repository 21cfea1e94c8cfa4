import type { Gender } from "./types";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, UNISEX_GIVEN_NAMES } from "./given-names";
import { memoizeByString } from "./memoize";
import { transliterationKeys } from "./transliteration";

/** Letters that NFKD does not decompose into a base letter plus marks. */
const UNDECOMPOSABLE_LETTERS: Record<string, string> = {
  ß: "ss",
  ẞ: "SS",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  đ: "dj",
  Đ: "Dj",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "Th",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŀ: "l",
  Ŀ: "L",
};
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE_LETTERS).join("")}]`, "g");
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

export function foldAccents(s: string): string {
  // Pure-ASCII text is the common case; skip the Unicode work for it.
  if (!NON_ASCII.test(s)) return s;
  return s
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "");
}

const APOSTROPHES = /['’‘`´]/g;
const NON_ALPHANUMERIC_RUNS = /[^a-z0-9]+/g;

/** Folded, lower-case, punctuation gone, words separated by single spaces. */
export const normalizeName = memoizeByString((s: string): string =>
  foldAccents(s).toLowerCase().replace(APOSTROPHES, "").replace(NON_ALPHANUMERIC_RUNS, " ").trim(),
);

function buildNameSet(list: string): Set<string> {
  const names = new Set<string>();
  for (const name of list.split(/\s+/)) {
    if (!name) continue;
    for (const key of transliterationKeys(name)) names.add(key);
  }
  return names;
}

const FEMALE_KEYS = buildNameSet(FEMALE_GIVEN_NAMES);
const MALE_KEYS = buildNameSet(MALE_GIVEN_NAMES);

const UNISEX_KEYS = buildNameSet(UNISEX_GIVEN_NAMES);

/** Whether the word is a common given name, whatever its gender. */
export const isKnownFirstName = memoizeByString(
  (word: string): boolean =>
    genderOfFirstName(word) !== null ||
    transliterationKeys(normalizeName(word).replace(/ /g, "-")).some((key) => UNISEX_KEYS.has(key)),
);

export const genderOfFirstName = memoizeByString(lookUpFirstName);

function lookUpFirstName(first: string): Gender | null {
  const normalized = normalizeName(first).replace(/ /g, "-");
  if (normalized.length < 2) return null;
  const keys = transliterationKeys(normalized);
  const isFemale = keys.some((key) => FEMALE_KEYS.has(key));
  const isMale = keys.some((key) => MALE_KEYS.has(key));
  if (isFemale === isMale) return null;
  return isFemale ? "female" : "male";
}

// Feminine and masculine forms of Slavic (and Baltic, Icelandic) family names.
const FEMININE_SURNAME = /(?:ova|eva|yova|ina|yna|aya|skaya|ska|cka|dzka|aite|iene|yte|dottir)$/;
const MASCULINE_SURNAME = /(?:ov|ev|yov|in|yn|sky|skiy|skyy|skyi|ski|skij|cki|dzki)$/;
// Common Western family names that happen to carry those endings.
const NOT_SLAVIC = new Set(
  (
    "martin austin franklin griffin baldwin medina molina messina marin rubin chaplin darwin " +
    "irwin erwin goodwin godwin corbin tobin kevin melvin colvin calvin bevin devlin kaplan " +
    "latina marina sabina rosina carolina regina christina argentina dustin justin benin " +
    "mcewin mclaughlin laughlin dublin berlin merlin lupin chopin cousin"
  ).split(" "),
);

export function genderOfSurname(surname: string): Gender | null {
  const normalized = normalizeName(surname).replace(/ /g, "");
  if (normalized.length < 4 || NOT_SLAVIC.has(normalized)) return null;
  if (FEMININE_SURNAME.test(normalized)) return "female";
  if (MASCULINE_SURNAME.test(normalized)) return "male";
  return null;
}
