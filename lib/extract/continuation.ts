import { isClauseSubject, subjectBefore, verbAt } from "./clauses";
import { directFinding, tokenAt, type QuoteFinding, type SentenceView, type SpeakerRef } from "./findings";
import type { Mention } from "./mentions";
import { SPEECH_NOUNS } from "./lexicon";
import type { QuoteSpan } from "./quotations";

/**
 * Speech quotes with no attribution clause in their own sentence, attached by
 * news conventions: the rest of a multi-paragraph quote, another sentence of
 * a quote in the same paragraph, a speaker named in the next sentence ("Those
 * were the words of X"), or a quote-only paragraph that carries on the
 * previous paragraph's speaker.
 */

const REFERS_BACK = /^(?:that|this|those|these|such|so)$/i;

function contains(finding: QuoteFinding, span: QuoteSpan): boolean {
  return finding.start <= span.start && span.end <= finding.end;
}

/** A person named as the subject opening a sentence ("Dairy farmer Ken Haddad stood …"). */
function introducedPerson(view: SentenceView): Mention | null {
  const opener = view.mentions[0];
  const isIntroduced =
    opener?.kind === "person" &&
    opener.form === "name" &&
    opensWithDescription(view, opener.first) &&
    isClauseSubject(view.tokens, opener);
  return isIntroduced ? opener : null;
}

/** Whether the words before `first` are nothing, or a short description: "A tearful Hannah Cartwright". */
function opensWithDescription(view: SentenceView, first: number): boolean {
  if (first === 0) return true;
  const before = view.tokens.slice(0, first);
  return (
    first <= 3 && /^(?:a|an|the)$/i.test(before[0]?.text ?? "") && before.slice(1).every((t) => t.isWord && !t.isCap)
  );
}

/** A speaker named in the sentence after a quote that stands alone. */
function speakerInNextSentence(view: SentenceView | undefined, paragraph: number): Mention | null {
  if (!view) return null;
  const { tokens, mentions } = view;
  const first = tokens.find((t) => t.isWord);
  for (let v = 0; v < tokens.length && view.sentence.paragraph === paragraph; v++) {
    if (!verbAt(tokens, v)) continue;
    const subject = subjectBefore(tokens, mentions, v);
    if (subject?.kind === "person" && subject.form === "name") return subject;
  }
  // "“…” Joanne Pruitt, who has lived here for 31 years, has been sleeping in the gym": the
  // quote opens the paragraph and the next sentence opens by introducing a person.
  const opener = view.sentence.paragraph === paragraph ? introducedPerson(view) : null;
  if (opener) return opener;
  const refersBack =
    (first && REFERS_BACK.test(first.text)) || tokens.slice(0, 4).some((t) => SPEECH_NOUNS.test(t.lower));
  if (!refersBack) return null;
  // "That was Farid Haddad, 71, …", "That was how X summed up …": the quote's speaker identified.
  if (/^(?:was|is)$/.test(tokens[1]?.lower ?? "")) {
    const at = /^(?:how|what)$/.test(tokens[2]?.lower ?? "") ? 3 : 2;
    const identified = mentions.find(
      (m) => !m.isEmbedded && m.kind === "person" && m.form === "name" && m.first === at,
    );
    if (identified) return identified;
  }
  // "The words belong to X", "came from X", "were those of X"; "The speaker, X, sat …".
  const isIdentified = (m: Mention) =>
    /^(?:of|from|by|to)$/.test(tokens[m.first - 1]?.lower ?? "") ||
    (tokens[m.first - 1]?.text === "," && SPEECH_NOUNS.test(tokens[m.first - 2]?.lower ?? ""));
  return mentions.find((m) => !m.isEmbedded && m.kind === "person" && m.form === "name" && isIdentified(m)) ?? null;
}

/** The subject of a sentence that ends the paragraph before with a colon. */
function colonIntroducer(previous: SentenceView | undefined, paragraph: number): Mention | null {
  if (!previous || previous.sentence.paragraph !== paragraph - 1) return null;
  const { tokens, mentions } = previous;
  if (tokens.at(-1)?.text !== ":") return null;
  return mentions.find((m) => !m.isEmbedded && m.kind !== "place" && isClauseSubject(tokens, m)) ?? null;
}

function isFragment(span: QuoteSpan, view: SentenceView): boolean {
  const startsSentence = tokenAt(view.tokens, span.open) === 0;
  return !startsSentence && /^\p{Ll}/u.test(view.tokens[tokenAt(view.tokens, span.start)]?.text ?? "");
}

export function attachOrphans(
  orphans: QuoteSpan[],
  spans: QuoteSpan[],
  views: SentenceView[],
  direct: QuoteFinding[],
  reported: QuoteFinding[],
): QuoteFinding[] {
  const attached: QuoteFinding[] = [];
  const bySpan = new Map<QuoteSpan, QuoteFinding>(direct.flatMap((f) => (f.span ? [[f.span, f] as const] : [])));
  const sentenceOf = (span: QuoteSpan) =>
    views.find((v) => v.sentence.start <= span.start && span.start < v.sentence.end);
  const make = (
    span: QuoteSpan,
    view: SentenceView,
    rule: string,
    confidence: number,
    speaker: SpeakerRef,
    cue: string | null,
  ): QuoteFinding => {
    const found = directFinding(span, view, rule, confidence, cue, speaker);
    bySpan.set(span, found);
    attached.push(found);
    return found;
  };
  const chainOf = (span: QuoteSpan): QuoteSpan[] => {
    let from = spans.indexOf(span);
    while (from > 0 && spans[from]?.continuesPrevious) from--;
    let to = from + 1;
    while (to < spans.length && spans[to]?.continuesPrevious) to++;
    return spans.slice(from, to);
  };
  for (const span of orphans) {
    const view = sentenceOf(span);
    if (!view || reported.some((f) => contains(f, span)) || isFragment(span, view)) continue;
    const inChain = chainOf(span)
      .map((s) => bySpan.get(s))
      .find((f): f is QuoteFinding => f !== undefined && f.speaker.kind !== "none");
    if (inChain) {
      make(span, view, "direct.multi-paragraph", 0.8, { kind: "same-as", finding: inChain }, inChain.cue);
      continue;
    }
    const earlier = [...direct, ...attached].filter(
      (f) => f.paragraph === span.paragraph && f.start < span.start && f.speaker.kind !== "none",
    );
    const sameParagraph = earlier.sort((a, b) => b.start - a.start)[0];
    if (sameParagraph) {
      make(span, view, "direct.same-paragraph", 0.8, { kind: "same-as", finding: sameParagraph }, sameParagraph.cue);
      continue;
    }
    const next = views[view.sentence.index + 1];
    const named =
      next && next.sentence.paragraph <= span.paragraph + 1 ? speakerInNextSentence(next, span.paragraph) : null;
    if (named) {
      make(span, view, "direct.speaker-next-sentence", 0.6, { kind: "mention", mention: named }, null);
      continue;
    }
    const isQuoteOnly = tokenAt(view.tokens, span.open) === 0;
    // A feature that opens on a quote, then introduces its speaker: "‘We lost the lot.’ ¶ Dairy
    // farmer Ken Haddad stood on the ridge …".
    const opensArticle = isQuoteOnly && ![...direct, ...reported, ...attached].some((f) => f.start < span.start);
    const introduced = opensArticle && next?.sentence.paragraph === span.paragraph + 1 ? introducedPerson(next) : null;
    if (introduced) {
      make(span, view, "direct.speaker-introduced-after", 0.6, { kind: "mention", mention: introduced }, null);
      continue;
    }
    // "But the Dutchman hit back in a furious post:" closing the paragraph before.
    const introducer = isQuoteOnly ? colonIntroducer(views[view.sentence.index - 1], span.paragraph) : null;
    if (introducer) {
      make(span, view, "direct.colon-paragraph", 0.75, { kind: "mention", mention: introducer }, null);
      continue;
    }
    // "X asked lawmakers to spend the money elsewhere. ¶ “My son did not die …”": reported speech
    // too, when the quote opens its paragraph.
    const opensParagraph = isQuoteOnly && views[view.sentence.index - 1]?.sentence.paragraph !== span.paragraph;
    const previousParagraph = [...direct, ...attached, ...(opensParagraph ? reported : [])]
      .filter((f) => f.paragraph === span.paragraph - 1 && f.speaker.kind !== "none")
      .sort((a, b) => b.start - a.start)[0];
    if (previousParagraph && opensParagraph) {
      make(
        span,
        view,
        "direct.paragraph-continuation",
        0.6,
        { kind: "same-as", finding: previousParagraph },
        previousParagraph.cue,
      );
      continue;
    }
    make(span, view, "direct.unattributed", 0.3, { kind: "none" }, null);
  }
  return attached;
}
