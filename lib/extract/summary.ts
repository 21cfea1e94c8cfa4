import type { ExtractedArticle, ExtractedQuote, ExtractedSpeaker, SummarySentence } from "./types";
import { contentWordReader, type ContentWordReader } from "./content-words";
import { keyQuoteIndexes } from "./key-quotes";
import { stemmedWords, type StemmedWords } from "./stemmed-words";

/**
 * An extractive summary: the lead, the sentences that carry statements by
 * different speakers, and the sentences most central to the article's
 * vocabulary, without near-duplicates, in article order.
 */

type SummaryInput = {
  body: string;
  sentences: { startOffset: number; endOffset: number }[];
  quotes: ExtractedQuote[];
  speakers: ExtractedSpeaker[];
  /** The body's words, when the caller has read them already. */
  bodyWords?: StemmedWords;
};

type Candidate = SummarySentence & {
  position: number;
  /** Its content words, numbered by the article's ContentWordReader. */
  words: number[];
  speakers: Set<string>;
  isFragment: boolean;
  score: number;
};

const NEAR_DUPLICATE = 0.5;
const NEW_SPEAKER_BONUS = 0.25;
const ENDS_LIKE_A_SENTENCE = /[.!?"”’»)]$/;

/** Jaccard similarity of `words` with the word set marked in `isMarked`, which has `markedCount` words. */
function jaccardWithMarked(words: number[], isMarked: Uint8Array, markedCount: number): number {
  let shared = 0;
  for (const word of words) shared += isMarked[word] ?? 0;
  return shared / Math.max(1, markedCount + words.length - shared);
}

function toCandidate(
  body: string,
  span: { startOffset: number; endOffset: number },
  position: number,
  quotes: ExtractedQuote[],
  contentWords: ContentWordReader,
): Candidate | null {
  const raw = body.slice(span.startOffset, span.endOffset);
  const startOffset = span.startOffset + (raw.length - raw.trimStart().length);
  const endOffset = span.endOffset - (raw.length - raw.trimEnd().length);
  if (endOffset <= startOffset) return null;
  const quoteIndexes: number[] = [];
  const speakers = new Set<string>();
  quotes.forEach((quote, index) => {
    if (quote.startOffset < endOffset && quote.endOffset > startOffset) {
      quoteIndexes.push(index);
      if (quote.speakerKey) speakers.add(quote.speakerKey);
    }
  });
  const text = body.slice(startOffset, endOffset);
  const words = contentWords.read(text, startOffset);
  // Headings and scraps: too few words, or no sentence-final punctuation.
  const isFragment = words.length < 5 || !ENDS_LIKE_A_SENTENCE.test(text);
  return { text, startOffset, endOffset, quoteIndexes, position, words, speakers, isFragment, score: 0 };
}

/** Lead bias, centrality (shared vocabulary with the rest) and carrying a statement. */
function scoreCandidates(candidates: Candidate[], vocabularySize: number): void {
  const sentenceFrequency = new Int32Array(vocabularySize);
  for (const candidate of candidates) {
    for (const word of candidate.words) sentenceFrequency[word] = (sentenceFrequency[word] ?? 0) + 1;
  }
  const centralities = candidates.map((candidate) => {
    let total = 0;
    for (const word of candidate.words) total += Math.log1p((sentenceFrequency[word] ?? 1) - 1);
    return total / Math.sqrt(Math.max(1, candidate.words.length));
  });
  const maxCentrality = Math.max(1e-9, ...centralities);
  candidates.forEach((candidate, index) => {
    const lead = 1 / (1 + candidate.position * 0.35);
    const centrality = (centralities[index] ?? 0) / maxCentrality;
    candidate.score =
      0.45 * lead + 0.35 * centrality + (candidate.quoteIndexes.length ? 0.2 : 0) - (candidate.isFragment ? 0.6 : 0);
  });
}

function selectSentences(candidates: Candidate[], target: number, vocabularySize: number): Candidate[] {
  const chosen: Candidate[] = [];
  const coveredSpeakers = new Set<string>();
  const remaining = [...candidates];
  // Each candidate is compared with each pick once, when the pick is made.
  const nearDuplicates = new Set<Candidate>();
  const choose = (picked: Candidate) => {
    chosen.push(picked);
    for (const speaker of picked.speakers) coveredSpeakers.add(speaker);
    const isPicked = new Uint8Array(vocabularySize);
    for (const word of picked.words) isPicked[word] = 1;
    for (const candidate of remaining) {
      if (jaccardWithMarked(candidate.words, isPicked, picked.words.length) > NEAR_DUPLICATE)
        nearDuplicates.add(candidate);
    }
  };
  // A news lead is written to summarize: the first full sentence always goes in.
  const leadIndex = remaining.findIndex((candidate) => !candidate.isFragment);
  const [lead] = leadIndex >= 0 && target > 0 ? remaining.splice(leadIndex, 1) : [];
  if (lead) choose(lead);
  while (chosen.length < target && remaining.length) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    remaining.forEach((candidate, index) => {
      if (nearDuplicates.has(candidate)) return;
      const bringsNewSpeaker = [...candidate.speakers].some((speaker) => !coveredSpeakers.has(speaker));
      const score = candidate.score + (bringsNewSpeaker ? NEW_SPEAKER_BONUS : 0);
      if (score > bestScore) [bestIndex, bestScore] = [index, score];
    });
    if (bestIndex < 0) break;
    const [picked] = remaining.splice(bestIndex, 1);
    if (!picked) break;
    choose(picked);
  }
  return chosen.sort((a, b) => a.position - b.position);
}

export function summarize(input: SummaryInput): ExtractedArticle["summary"] {
  const contentWords = contentWordReader(input.body, input.bodyWords ?? stemmedWords(input.body));
  const candidates = input.sentences
    .map((span, position) => toCandidate(input.body, span, position, input.quotes, contentWords))
    .filter((candidate): candidate is Candidate => candidate !== null);
  scoreCandidates(candidates, contentWords.size);
  const target = candidates.length <= 2 ? candidates.length : candidates.length >= 12 ? 4 : 3;
  const sentences = selectSentences(candidates, target, contentWords.size).map(
    ({ text, startOffset, endOffset, quoteIndexes }) => ({
      text,
      startOffset,
      endOffset,
      quoteIndexes,
    }),
  );
  const leadWords = candidates.find((candidate) => !candidate.isFragment)?.words ?? [];
  return { sentences, keyQuoteIndexes: keyQuoteIndexes(input.quotes, input.speakers, leadWords, contentWords) };
}
