/** Whether the article writes a word in lower case somewhere: a capital on
 * such a word elsewhere is only the start of a sentence. */
export type LowercaseWords = { has(word: string): boolean };

const LOWERCASE_WORD = /(?<![\p{L}\p{N}'.])\p{Ll}[\p{L}'-]*/gu;
const WHOLE_LOWERCASE_WORD = /^\p{Ll}[\p{L}'-]*$/u;
const WORD_STARTS_HERE = /(?<![\p{L}\p{N}'.])\p{Ll}/uy;
const WORD_GOES_ON_HERE = /[\p{L}'-]/uy;

/**
 * An article is asked about a handful of words, so each is searched for
 * rather than every lower-case word listed up front. A lower-case word is a
 * match of LOWERCASE_WORD; an occurrence is one when it starts and ends where
 * the pattern would. Only after a hyphen can an occurrence that looks like a
 * match sit inside a longer one ("well-known"), so there the text is read in full.
 */
export function lowercaseWordsOf(text: string): LowercaseWords {
  let everyWord: Set<string> | null = null;
  const isMatchAt = (word: string, at: number): boolean => {
    WORD_STARTS_HERE.lastIndex = at;
    WORD_GOES_ON_HERE.lastIndex = at + word.length;
    return WORD_STARTS_HERE.test(text) && !WORD_GOES_ON_HERE.test(text);
  };
  return {
    has(word) {
      if (!WHOLE_LOWERCASE_WORD.test(word)) return false;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (text[at - 1] === "-") {
          everyWord ??= new Set(text.match(LOWERCASE_WORD) ?? []);
          return everyWord.has(word);
        }
        if (isMatchAt(word, at)) return true;
      }
      return false;
    },
  };
}
