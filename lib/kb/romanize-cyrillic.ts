/** Russian, Ukrainian and Belarusian letters as English-language news spells
 * them (BGN/PCGN without diacritics), so a name typed in Cyrillic meets the
 * Latin spellings the articles use: "Харитонова" → "kharitonova". */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "yo",
  є: "ye",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "yi",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ў: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

const CYRILLIC_LETTER = /[\u0400-\u04FF]/g;
// Name endings that news spells more simply than the letter-by-letter system:
// Дмитрий is "Dmitry" and Мария "Maria" rather than "Dmitriy" and "Mariya".
const NAME_ENDINGS: [RegExp, string][] = [
  [/ий(?!\p{L})/gu, "y"],
  [/ия(?!\p{L})/gu, "ia"],
];
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** Lower-cased, with Cyrillic letters romanized; other characters are kept. */
export function romanizeCyrillic(text: string): string {
  // Before any Unicode folding, which would turn "й" into "и".
  const lower = NAME_ENDINGS.reduce((result, [ending, latin]) => result.replace(ending, latin), text.toLowerCase());
  return lower.replace(CYRILLIC_LETTER, (letter) => CYRILLIC_TO_LATIN[letter] ?? letter);
}

/** Whether the text has letters of another script than Latin (Cyrillic, Greek, Arabic…). */
export function hasNonLatinLetters(text: string): boolean {
  return NON_LATIN_LETTER.test(text);
}
