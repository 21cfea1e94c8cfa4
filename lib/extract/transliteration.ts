import { memoizeByString } from "./memoize";

/**
 * Keys under which the spellings of one name in different Latin
 * transliterations coincide: Kharitonova / Jaritonova, Sergei / Sergey / Sergej,
 * Zelensky / Zelenskyy / Zelenskiy, Müller / Mueller, Alexei / Aleksei.
 *
 * Input is a folded, lower-case word (see names.ts). A word gets several keys
 * because some letters stand for different sounds in different traditions:
 * "j" is /x/ in Spanish (Jaritonova) but /j/ in German and Polish (Sergej), "x"
 * is /ks/ in English (Alexei) but /x/ elsewhere.
 */

const VOWELS = "aeiouy";

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.includes(letter);
}

// Ordered: digraphs first so that "kh" is not read as "k" + "h", and "y"→"i"
// only after the "j" variants have been chosen.
const ALTERNATIONS: [RegExp, string][] = [
  [/shch/g, "sh"],
  [/t?sch/g, "sh"],
  [/tch/g, "ch"],
  [/kh/g, "h"],
  [/ch/g, "c"],
  [/sh/g, "s"],
  [/zh/g, "z"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/ck/g, "k"],
  [/w/g, "v"],
  [/ou/g, "u"],
  [/y/g, "i"],
  [/^ie/, "e"],
  [/([a-z])\1+/g, "$1"],
];

// German umlauts written out (ü → ue) match their folded form (ü → u).
const WRITTEN_OUT_UMLAUT = /([bcdfghklmnpqrstvwxz])(u|o|a)e(?=[bcdfghklmnpqrstvwxz])/g;

function applyAlternations(word: string): string {
  let key = word.replace(WRITTEN_OUT_UMLAUT, "$1$2");
  for (const [pattern, replacement] of ALTERNATIONS) key = key.replace(pattern, replacement);
  return key;
}

/** "j" as /x/ (Spanish: Jaritónova for Kharitonova, Jodorkovski for Khodorkovsky) and as /j/
 * (German, Slavic), each applied to the whole word. A word-initial J before a
 * vowel also keeps its /j/ reading alone (Juan, Jelzin, Jens). */
function jReadings(word: string): string[] {
  if (!word.includes("j")) return [word];
  const asSound = (reading: "h" | "y", initial: "h" | "y") =>
    Array.from(word, (letter, index) => {
      if (letter !== "j") return letter;
      return index === 0 && isVowel(word[index + 1]) ? initial : reading;
    }).join("");
  return [...new Set([asSound("h", "y"), asSound("h", "h"), asSound("y", "y")])];
}

function xReadings(word: string): string[] {
  if (!word.includes("x")) return [word];
  return [word.replace(/x/g, "ks"), word.replace(/x/g, "h")];
}

/** The keys of a word; the array is shared between calls, so it is read-only. */
export const transliterationKeys: (word: string) => readonly string[] = memoizeByString(computeKeys);

function computeKeys(word: string): string[] {
  const letters = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!letters) return [];
  const keys = new Set<string>();
  for (const jVariant of jReadings(letters)) {
    for (const variant of xReadings(jVariant)) keys.add(applyAlternations(variant));
  }
  return [...keys];
}

export function haveCommonKey(a: readonly string[], b: readonly string[]): boolean {
  return a.some((key) => b.includes(key));
}

/** Arabic and Turkic given names vary mostly in their vowels (Mohammed /
 * Muhammad, Omar / Umar, Ahmed / Ahmad); this key keeps the consonants and
 * merges only those vowel pairs. */
export function vowelAlternationKey(key: string): string {
  return key.replace(/o/g, "u").replace(/e/g, "a");
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
