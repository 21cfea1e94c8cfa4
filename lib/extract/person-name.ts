import { memoizeByString } from "./memoize";
import { genderOfFirstName, genderOfSurname, normalizeName } from "./names";
import { editDistanceWithin, haveCommonKey, transliterationKeys, vowelAlternationKey } from "./transliteration";

/** A person's name split into given names and family name, normalized. */
export type PersonName = {
  given: string[];
  surname: string;
  surnameKeys: readonly string[];
};

// Titles and honorifics that precede names in running text.
const TITLES = new Set(
  (
    "mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister " +
    "secretary general chancellor senator sen rep representative governor gov mayor judge " +
    "justice king queen prince princess sheikh pope rev reverend gen col capt lt sgt adm " +
    "ambassador chairman chairwoman chair ceo coach deputy foreign spokesperson spokesman spokeswoman"
  ).split(" "),
);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md"]);
// Family-name particles: dropped, the name is compared on its main word.
const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ben",
  "ibn",
  "abu",
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "das",
  "du",
  "la",
  "le",
  "ter",
  "ten",
  "zu",
  "mac",
  "st",
]);

/** The parts of a name; shared between callers, so read-only. */
export const parsePersonName = memoizeByString(parseName);

function parseName(name: string): PersonName | null {
  const words = normalizeName(name).split(" ").filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0] ?? "")) words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  const surname = words.pop();
  if (!surname) return null;
  const given = words.filter((word) => !PARTICLES.has(word));
  return { given, surname, surnameKeys: transliterationKeys(surname) };
}

export type SurnameMatch = "same" | "close" | "different";

export function compareSurnames(a: PersonName, b: PersonName): SurnameMatch {
  const genderA = genderOfSurname(a.surname);
  const genderB = genderOfSurname(b.surname);
  // Ivanov and Ivanova are two people, however close the spelling.
  if (genderA && genderB && genderA !== genderB) return "different";
  if (haveCommonKey(a.surnameKeys, b.surnameKeys)) return "same";
  const isClose = a.surnameKeys.some((keyA) =>
    b.surnameKeys.some(
      (keyB) =>
        keyA.length >= 7 &&
        keyB.length >= 7 &&
        keyA.slice(0, 2) === keyB.slice(0, 2) &&
        editDistanceWithin(keyA, keyB, 1) <= 1,
    ),
  );
  return isClose ? "close" : "different";
}

export type GivenNameMatch = "same" | "variant" | "initial" | "missing" | "conflict";

function compareGivenWords(a: string, b: string): Exclude<GivenNameMatch, "missing"> {
  if (a === b) return "same";
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? "initial" : "conflict";
  const genderA = genderOfFirstName(a);
  const genderB = genderOfFirstName(b);
  if (genderA && genderB && genderA !== genderB) return "conflict";
  const keysA = transliterationKeys(a);
  const keysB = transliterationKeys(b);
  if (haveCommonKey(keysA, keysB)) return "variant";
  const isVowelVariant = keysA.some(
    (keyA) => keyA.length >= 4 && keysB.some((keyB) => vowelAlternationKey(keyA) === vowelAlternationKey(keyB)),
  );
  if (isVowelVariant) return "variant";
  // Short forms: Alex / Alexander, Vlad / Vladimir.
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && longer.startsWith(shorter) ? "variant" : "conflict";
}

export function compareGivenNames(a: PersonName, b: PersonName): GivenNameMatch {
  const [firstA] = a.given;
  const [firstB] = b.given;
  if (!firstA || !firstB) return "missing";
  return compareGivenWords(firstA, firstB);
}

/** "Xi" against "Xi Jinping": a lone word may be a family name written first. */
export function isLeadingFamilyName(single: PersonName, full: PersonName): boolean {
  const [first] = full.given;
  if (single.given.length || !first || genderOfFirstName(first) !== null) return false;
  return haveCommonKey(single.surnameKeys, transliterationKeys(first));
}
