import { firstStartingAt } from "./first-starting-at";
import { memoizeByString } from "./memoize";
import { STOP_WORDS, stem } from "./stem";
import { isJoiner, SIMPLE_WORD, type WordToken } from "./word-tokens";

/** A text's plain words (runs of letters and digits), their stems and offsets. */
export type StemmedWords = {
  surfaces: string[];
  stems: string[];
  /** The stem, or null for a function word ("the", "would"). */
  contentStems: (string | null)[];
  starts: number[];
};

// Both stems of a word in one lookup.
const stemsOf = memoizeByString((word: string) => ({
  stem: stem(word),
  contentStem: STOP_WORDS.has(word.toLowerCase()) ? null : stem(word),
}));

function addWord(words: StemmedWords, surface: string, start: number): void {
  const { stem: wordStem, contentStem } = stemsOf(surface);
  words.surfaces.push(surface);
  words.stems.push(wordStem);
  words.contentStems.push(contentStem);
  words.starts.push(start);
}

export function stemmedWords(text: string): StemmedWords {
  const words: StemmedWords = { surfaces: [], stems: [], contentStems: [], starts: [] };
  SIMPLE_WORD.lastIndex = 0;
  for (let match = SIMPLE_WORD.exec(text); match; match = SIMPLE_WORD.exec(text)) addWord(words, match[0], match.index);
  return words;
}

/**
 * stemmedWords for a text already split by tokenizeWords, without reading it
 * again: every plain run of letters lies inside one of its words, whose
 * joiners (U.S, d'Ivoire, S&P) are what split it into runs.
 */
export function stemmedWordsOfTokens(text: string, tokens: readonly WordToken[]): StemmedWords {
  const words: StemmedWords = { surfaces: [], stems: [], contentStems: [], starts: [] };
  for (const token of tokens) {
    if (token.isOneRun) {
      addWord(words, token.text, token.start);
      continue;
    }
    // The word as matched: with its possessive "’s", without the full stop of "U.S.".
    const end = token.isPossessive ? token.end + 2 : token.text.endsWith(".") ? token.end - 1 : token.end;
    let runStart = token.start;
    for (let index = token.start; index <= end; index++) {
      if (index < end && !isJoiner(text.charCodeAt(index))) continue;
      addWord(words, text.slice(runStart, index), runStart);
      runStart = index + 1;
    }
  }
  return words;
}

function wordEnd(words: StemmedWords, index: number): number {
  return (words.starts[index] ?? 0) + (words.surfaces[index]?.length ?? 0);
}

/** Indexes [first, last) of the words of `text.slice(start, end)`, or null
 * when a word crosses an edge of the passage (it would read differently alone). */
export function passageRange(words: StemmedWords, start: number, end: number): [number, number] | null {
  const { starts } = words;
  const first = firstStartingAt(starts.length, (index) => starts[index] ?? 0, start);
  if (first > 0 && wordEnd(words, first - 1) > start) return null;
  let last = first;
  while (last < starts.length && (starts[last] ?? 0) < end) last++;
  if (last > first && wordEnd(words, last - 1) > end) return null;
  return [first, last];
}
