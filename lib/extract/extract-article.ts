import { attributeDirectQuotes } from "./attribution";
import { extractClaims } from "./claims";
import { attachOrphans } from "./continuation";
import type { QuoteFinding, SentenceView } from "./findings";
import { deriveTitle, readArticleInput } from "./input";
import { findMentions, type MentionContext } from "./mentions";
import { lowercaseWordsOf } from "./lowercase-words";
import { genderOfFirstName } from "./names";
import { normalizeText } from "./normalize";
import { findQuoteSpans, type QuoteSpan } from "./quotations";
import { findReportedSpeech } from "./reported-speech";
import { splitParagraphs, splitSentences } from "./sentences";
import { attributeFindings, buildSpeakers } from "./speakers";
import { dateStatements, UNKNOWN_DATE } from "./statement-dates";
import { summarize } from "./summary";
import { tokenize } from "./tokens";
import { buildEntityLexicon, detectTopics } from "./topics";
import type { ArticleSource, ExtractedArticle, ExtractedClaim, ExtractedQuote, ExtractedTopic } from "./types";

/** Quotes found twice (a reported clause holding a direct quote's whole
 * span) are kept once: the direct finding wins, since its span is exact. */
function withoutOverlaps(findings: QuoteFinding[]): QuoteFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter(
    (f) =>
      !sorted.some(
        (g) => g !== f && g.kind === "direct" && f.kind !== "direct" && g.start <= f.start && f.end <= g.end,
      ),
  );
}

/** Whether a stretch of the text lies inside a speech quote's words, read from a mask built once. */
function speechMask(length: number, spans: QuoteSpan[]): (start: number, end: number) => boolean {
  const inside = new Uint8Array(length + 1);
  for (const span of spans) if (span.category === "speech") inside.fill(1, span.start, span.end);
  return (start, end) => inside[start] === 1 && inside[end - 1] === 1;
}

export function extractArticle(source: ArticleSource): ExtractedArticle {
  const input = readArticleInput(source);
  const { body } = input;
  const text = normalizeText(body);
  const paragraphs = splitParagraphs(text);
  const spans = findQuoteSpans(text, body, paragraphs);
  const sentences = splitSentences(text, paragraphs, spans);
  const context: MentionContext = {
    lowercaseWords: lowercaseWordsOf(text),
    genderOfFirstName,
    isInsideSpeech: speechMask(text.length, spans),
  };
  const views: SentenceView[] = sentences.map((sentence) => {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const isParagraphStart = paragraphs[sentence.paragraph]?.start === sentence.start;
    // Names and roles are cut from the body, so they keep its apostrophes and accents.
    return { sentence, tokens, mentions: findMentions(body, tokens, context, isParagraphStart) };
  });

  const speech = spans.filter((span) => span.category === "speech");
  const direct = attributeDirectQuotes(views, speech);
  const reported = findReportedSpeech(views, spans, direct);
  const orphans = attachOrphans(direct.orphans, spans, views, direct.findings, reported);
  const findings = withoutOverlaps([...direct.findings, ...orphans, ...reported]);
  const attributions = attributeFindings(views, findings, spans);
  const { speakers, keyOf } = buildSpeakers(attributions.values());

  const lexicon = buildEntityLexicon(body);
  const topics = new Map<string, ExtractedTopic>(detectTopics(body, lexicon).map((topic) => [topic.key, topic]));
  const claims: ExtractedClaim[] = [];
  const claimIndex = new Map<string, number>();
  const statedDates = dateStatements({
    body,
    sentences,
    findings,
    speakerOf: (finding) => attributions.get(finding)?.entity ?? null,
    published: input.published,
  });
  const quotes = findings.map((finding, index): ExtractedQuote => {
    const attribution = attributions.get(finding);
    const entity = attribution?.entity ?? null;
    const quoteText = body.slice(finding.start, finding.end);
    const claimIndexes = extractClaims(quoteText, finding.kind, lexicon, finding.start).map((claim) => {
      const key = `${claim.isNegated}|${claim.signature}`;
      let index = claimIndex.get(key);
      if (index === undefined) {
        index = claims.push(claim) - 1;
        claimIndex.set(key, index);
      }
      return index;
    });
    const quoteTopics = detectTopics(quoteText, lexicon, finding.start);
    for (const topic of quoteTopics) if (!topics.has(topic.key)) topics.set(topic.key, topic);
    return {
      speakerKey: entity ? (keyOf.get(entity) ?? null) : null,
      kind: finding.kind,
      text: quoteText,
      startOffset: finding.start,
      endOffset: finding.end,
      cue: finding.cue,
      mention: attribution?.mention?.surface ?? null,
      speakerRole: attribution?.role ?? null,
      confidence: finding.confidence,
      rule: finding.kind === "mixed" ? finding.rule.replace(/^indirect\./, "mixed.") : finding.rule,
      stated: statedDates[index] ?? UNKNOWN_DATE,
      claimIndexes: [...new Set(claimIndexes)],
      topicKeys: quoteTopics.map((topic) => topic.key),
    };
  });

  const firstSentence = sentences[0];
  return {
    sourceFile: source.sourceFile,
    title: input.title ?? deriveTitle(firstSentence ? body.slice(firstSentence.start, firstSentence.end) : body),
    isTitleDerived: input.title === null,
    outlet: input.outlet,
    url: input.url,
    published: input.published,
    body,
    speakers,
    quotes,
    claims,
    topics: [...topics.values()],
    summary: summarize({
      body,
      sentences: sentences.map((s) => ({ startOffset: s.start, endOffset: s.end })),
      quotes,
      speakers,
      bodyWords: lexicon.bodyWords,
    }),
  };
}
