import { STOP_WORDS, stem } from "./stem";
import { passageRange, type StemmedWords } from "./stemmed-words";
import { isPassageAt, SIMPLE_WORD } from "./word-tokens";

/** The stems of a text's words other than function words: what summary and
 * key-quote scoring compare passages by. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(SIMPLE_WORD) ?? []) if (!STOP_WORDS.has(word)) words.add(stem(word));
  return words;
}

/**
 * contentWords for passages of one body, each stem numbered once per article
 * so that callers compare and count word sets with arrays instead of string
 * maps. A passage's words come back as distinct numbers in the order
 * contentWords would list them; `at` is where the text stands in the body.
 */
export type ContentWordReader = {
  read(text: string, at?: number): number[];
  /** How many stems are numbered so far: every number read is below it. */
  readonly size: number;
};

const WHOLE_WORD = new RegExp(`^${SIMPLE_WORD.source}$`);
const NON_ASCII = /[^\x00-\x7F]/gu;

/**
 * Whether lower-casing the text changes no word boundary: every character
 * lowers to one of the same length that is a letter exactly when it was, and
 * no capital sigma, whose lower case depends on its neighbours. Then a
 * passage lowered and split into words gives the body's words, lowered.
 */
function lowersWordByWord(text: string): boolean {
  for (const char of new Set(text.match(NON_ASCII))) {
    const lower = char.toLowerCase();
    if (lower === char) continue;
    if (char === "Σ" || lower.length !== char.length || WHOLE_WORD.test(char) !== WHOLE_WORD.test(lower)) return false;
  }
  return true;
}

/** Reads passages from the body's words, stemmed once, instead of lowering,
 * splitting and stemming each passage again. */
export function contentWordReader(body: string, bodyWords: StemmedWords): ContentWordReader {
  const numbers = new Map<string, number>();
  const numberOf = (stem: string) => {
    let number = numbers.get(stem);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(stem, number);
    }
    return number;
  };
  const canReuse = lowersWordByWord(body);
  // The number of each word of the body, -1 for function words.
  const bodyNumbers = canReuse
    ? bodyWords.contentStems.map((contentStem) => (contentStem === null ? -1 : numberOf(contentStem)))
    : [];
  // Which read last listed each number: a passage lists a repeated word once.
  const listedBy: number[] = [];
  let reads = 0;
  return {
    get size() {
      return numbers.size;
    },
    read(text, at) {
      const range = canReuse && isPassageAt(body, text, at) ? passageRange(bodyWords, at, at + text.length) : null;
      if (!range) return Array.from(contentWords(text), numberOf);
      reads++;
      const found: number[] = [];
      for (let index = range[0]; index < range[1]; index++) {
        const number = bodyNumbers[index] ?? -1;
        if (number < 0 || listedBy[number] === reads) continue;
        listedBy[number] = reads;
        found.push(number);
      }
      return found;
    },
  };
}
