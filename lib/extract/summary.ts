import type { ExtractedArticle, ExtractedQuote, ExtractedSpeaker, SummarySentence } from "./types";
import { STOP_WORDS, stem } from "./stem";
import { keyQuoteIndexes } from "./key-quotes";
import { SIMPLE_WORD } from "./word-tokens";

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
};

type Candidate = SummarySentence & {
  position: number;
  words: Set<string>;
  speakers: Set<string>;
  isFragment: boolean;
  score: number;
};

const NEAR_DUPLICATE = 0.5;
const NEW_SPEAKER_BONUS = 0.25;
const ENDS_LIKE_A_SENTENCE = /[.!?"”’»)]$/;

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(SIMPLE_WORD) ?? []) if (!STOP_WORDS.has(word)) words.add(stem(word));
  return words;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

function toCandidate(
  body: string,
  span: { startOffset: number; endOffset: number },
  position: number,
  quotes: ExtractedQuote[],
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
  const words = contentWords(text);
  // Headings and scraps: too few words, or no sentence-final punctuation.
  const isFragment = words.size < 5 || !ENDS_LIKE_A_SENTENCE.test(text);
  return { text, startOffset, endOffset, quoteIndexes, position, words, speakers, isFragment, score: 0 };
}

/** Lead bias, centrality (shared vocabulary with the rest) and carrying a statement. */
function scoreCandidates(candidates: Candidate[]): void {
  const sentenceFrequency = new Map<string, number>();
  for (const candidate of candidates) {
    for (const word of candidate.words) sentenceFrequency.set(word, (sentenceFrequency.get(word) ?? 0) + 1);
  }
  const centralities = candidates.map((candidate) => {
    let total = 0;
    for (const word of candidate.words) total += Math.log1p((sentenceFrequency.get(word) ?? 1) - 1);
    return total / Math.sqrt(Math.max(1, candidate.words.size));
  });
  const maxCentrality = Math.max(1e-9, ...centralities);
  candidates.forEach((candidate, index) => {
    const lead = 1 / (1 + candidate.position * 0.35);
    const centrality = (centralities[index] ?? 0) / maxCentrality;
    candidate.score =
      0.45 * lead + 0.35 * centrality + (candidate.quoteIndexes.length ? 0.2 : 0) - (candidate.isFragment ? 0.6 : 0);
  });
}

function selectSentences(candidates: Candidate[], target: number): Candidate[] {
  const chosen: Candidate[] = [];
  const coveredSpeakers = new Set<string>();
  const remaining = [...candidates];
  // A news lead is written to summarize: the first full sentence always goes in.
  const leadIndex = remaining.findIndex((candidate) => !candidate.isFragment);
  const [lead] = leadIndex >= 0 && target > 0 ? remaining.splice(leadIndex, 1) : [];
  if (lead) {
    chosen.push(lead);
    for (const speaker of lead.speakers) coveredSpeakers.add(speaker);
  }
  while (chosen.length < target && remaining.length) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    remaining.forEach((candidate, index) => {
      if (chosen.some((picked) => jaccard(picked.words, candidate.words) > NEAR_DUPLICATE)) return;
      const bringsNewSpeaker = [...candidate.speakers].some((speaker) => !coveredSpeakers.has(speaker));
      const score = candidate.score + (bringsNewSpeaker ? NEW_SPEAKER_BONUS : 0);
      if (score > bestScore) [bestIndex, bestScore] = [index, score];
    });
    if (bestIndex < 0) break;
    const [picked] = remaining.splice(bestIndex, 1);
    if (!picked) break;
    chosen.push(picked);
    for (const speaker of picked.speakers) coveredSpeakers.add(speaker);
  }
  return chosen.sort((a, b) => a.position - b.position);
}

export function summarize(input: SummaryInput): ExtractedArticle["summary"] {
  const candidates = input.sentences
    .map((span, position) => toCandidate(input.body, span, position, input.quotes))
    .filter((candidate): candidate is Candidate => candidate !== null);
  scoreCandidates(candidates);
  const target = candidates.length <= 2 ? candidates.length : candidates.length >= 12 ? 4 : 3;
  const sentences = selectSentences(candidates, target).map(({ text, startOffset, endOffset, quoteIndexes }) => ({
    text,
    startOffset,
    endOffset,
    quoteIndexes,
  }));
  const lead = candidates.find((candidate) => !candidate.isFragment)?.text ?? "";
  return { sentences, keyQuoteIndexes: keyQuoteIndexes(input.quotes, input.speakers, lead) };
}
