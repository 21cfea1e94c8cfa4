/** Word and punctuation tokens of a stretch of normalized text, with offsets. */

export type Token = {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  isCap: boolean;
  isWord: boolean;
};

// Words keep inner hyphens and apostrophes (O'Brien, al-Assad, don't); dotted
// abbreviations stay whole (U.S., a.m.); a possessive 's is its own token.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*%?|\S/gu;

/** Abbreviations whose period is part of the word. */
const DOTTED = new Set(
  "mr mrs ms mx dr prof st gov sen rep gen col lt sgt capt cmdr adm maj rev hon pres supt insp det fr sr jr messrs mme mlle inc corp ltd co no vs".split(
    " ",
  ),
);

function makeToken(text: string, start: number): Token {
  const first = text[0] ?? "";
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    isCap: first !== first.toLowerCase(),
    isWord: /[\p{L}\p{N}]/u.test(first),
  };
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const word = m[0];
    const at = start + m.index;
    const previous = tokens[tokens.length - 1];
    if (
      word === "." &&
      previous &&
      previous.end === at &&
      (DOTTED.has(previous.lower) || /^\p{Lu}$/u.test(previous.text))
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
