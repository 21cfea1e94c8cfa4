import { describe, expect, it } from "vitest";
import type { ExtractedQuote, ExtractedSpeaker } from "./types";
import { summarize } from "./summary";

function sentenceSpans(body: string): { startOffset: number; endOffset: number }[] {
  return [...body.matchAll(/[^.!?\n]+[.!?]+["”]?/g)].map((match) => ({
    startOffset: match.index,
    endOffset: match.index + match[0].length,
  }));
}

function quoteAt(
  body: string,
  text: string,
  speakerKey: string | null,
  overrides: Partial<ExtractedQuote> = {},
): ExtractedQuote {
  const startOffset = body.indexOf(text);
  return {
    speakerKey,
    kind: "direct",
    text,
    startOffset,
    endOffset: startOffset + text.length,
    cue: "said",
    mention: null,
    speakerRole: null,
    confidence: 0.9,
    rule: "test",
    stated: { date: null, precision: "unknown", phrase: null },
    claimIndexes: [],
    topicKeys: [],
    ...overrides,
  };
}

const speaker = (key: string, name: string): ExtractedSpeaker => ({
  key,
  name,
  kind: "person",
  role: null,
  gender: null,
  aliases: [name],
});

const body = [
  "The central bank raised its main interest rate by half a point on Thursday, its largest increase in two decades.",
  "Inflation has stayed above the bank's target for eighteen months.",
  "“We will do whatever it takes to bring inflation back to target,” the governor said.",
  "The weather in the capital was mild for the season.",
  "“Higher rates will hurt families with mortgages and small firms,” the opposition leader said.",
  "The bank’s decision was expected by most economists.",
  "The governor added that inflation would fall next year.",
  "Markets were calm after the decision.",
].join(" ");
const governorQuote = "We will do whatever it takes to bring inflation back to target";
const oppositionQuote = "Higher rates will hurt families with mortgages and small firms";
const quotes = [
  quoteAt(body, governorQuote, "governor", { claimIndexes: [0] }),
  quoteAt(body, oppositionQuote, "opposition", { claimIndexes: [1] }),
  quoteAt(body, "inflation would fall next year", "governor", { kind: "indirect", confidence: 0.6, claimIndexes: [2] }),
];
const speakers = [speaker("governor", "Ana Ruiz"), speaker("opposition", "Tom Berg")];

describe("summarize", () => {
  const summary = summarize({ body, sentences: sentenceSpans(body), quotes, speakers });

  it("picks the lead and the sentences carrying statements by distinct speakers, in article order", () => {
    const texts = summary.sentences.map((sentence) => sentence.text);
    expect(texts[0]).toMatch(/^The central bank raised/);
    expect(texts.some((text) => text.includes(governorQuote))).toBe(true);
    expect(texts.some((text) => text.includes(oppositionQuote))).toBe(true);
    expect(texts.some((text) => text.includes("weather"))).toBe(false);
    const starts = summary.sentences.map((sentence) => sentence.startOffset);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("gives exact offsets into the body and the quotes each sentence cites", () => {
    expect(summary.sentences.length).toBeGreaterThanOrEqual(2);
    expect(summary.sentences.length).toBeLessThanOrEqual(4);
    for (const sentence of summary.sentences)
      expect(body.slice(sentence.startOffset, sentence.endOffset)).toBe(sentence.text);
    const withOpposition = summary.sentences.find((sentence) => sentence.text.includes(oppositionQuote));
    expect(withOpposition?.quoteIndexes).toEqual([1]);
  });

  it("lists key statements, one or two per main speaker, best first", () => {
    expect(summary.keyQuoteIndexes[0]).toBe(0);
    expect(new Set(summary.keyQuoteIndexes)).toEqual(new Set([0, 1, 2]));
  });

  it("avoids near-duplicate sentences", () => {
    const repeated =
      "The minister resigned on Monday after the scandal. The minister resigned on Monday after the scandal broke. " +
      "Her party called for new elections. Voters were angry about the cost of living. Turnout is expected to be high.";
    const texts = summarize({
      body: repeated,
      sentences: sentenceSpans(repeated),
      quotes: [],
      speakers: [],
    }).sentences.map((sentence) => sentence.text);
    expect(texts.filter((text) => text.startsWith("The minister resigned"))).toHaveLength(1);
  });

  it("gives what a short article has", () => {
    const short = "The club sacked its coach. ";
    const result = summarize({
      body: short,
      sentences: [{ startOffset: 0, endOffset: short.length }],
      quotes: [],
      speakers: [],
    });
    expect(result.sentences).toEqual([
      { text: "The club sacked its coach.", startOffset: 0, endOffset: 26, quoteIndexes: [] },
    ]);
    expect(result.keyQuoteIndexes).toEqual([]);
  });
});
