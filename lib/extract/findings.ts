import { firstStartingAt } from "./first-starting-at";
import type { Mention } from "./mentions";
import type { QuoteSpan } from "./quotations";
import type { Sentence } from "./sentences";
import type { Token } from "./tokens";
import type { QuoteKind } from "./types";

/** What the rules work on and what they produce, before speakers are resolved. */

export type SentenceView = { sentence: Sentence; tokens: Token[]; mentions: Mention[] };

/** Who a finding is attributed to, before coreference turns it into a speaker. */
export type SpeakerRef =
  | { kind: "mention"; mention: Mention }
  /** The same speaker as another finding (split quotes, continuations). */
  | { kind: "same-as"; finding: QuoteFinding }
  /** The subject is left out ("In the same speech, accused X of …"): the speaker before. */
  | { kind: "previous" }
  | { kind: "none" };

export type QuoteFinding = {
  kind: QuoteKind;
  start: number;
  end: number;
  rule: string;
  cue: string | null;
  speaker: SpeakerRef;
  confidence: number;
  sentence: number;
  paragraph: number;
  /** The quotation the finding came from, for direct quotes. */
  span: QuoteSpan | null;
};

/** First token whose start is at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstStartingAt(tokens.length, (index) => tokens[index]?.start ?? 0, offset);
}

/** The words of a reporting verb as written, with its particle ("pointed out"). */
export function cueText(tokens: Token[], verbIndex: number, hasParticle: boolean): string {
  const verb = tokens[verbIndex];
  const particle = tokens[verbIndex + 1];
  if (!verb) return "";
  return hasParticle && particle ? `${verb.text} ${particle.text}` : verb.text;
}

/** A direct quote found in `view`, spanning the words inside its marks. */
export function directFinding(
  span: QuoteSpan,
  view: SentenceView,
  rule: string,
  confidence: number,
  cue: string | null,
  speaker: SpeakerRef,
): QuoteFinding {
  return {
    kind: "direct",
    start: span.start,
    end: span.end,
    rule,
    cue,
    speaker,
    confidence,
    sentence: view.sentence.index,
    paragraph: span.paragraph,
    span,
  };
}
