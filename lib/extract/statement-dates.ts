import { resolveStatedDate } from "./dates";
import type { QuoteFinding } from "./findings";
import type { Sentence } from "./sentences";
import type { FuzzyDate } from "./types";
import { isSpokenAtOccasion } from "./occasions";

/**
 * When each statement was made. In order of preference:
 * 1. a time phrase around the statement, outside its own words ("she said on
 *    Tuesday"; "a hamstring injury in February" inside the words dates the
 *    injury, not the statement);
 * 2. for a continuation ("A," she said, "B."), its anchor's time phrase;
 * 3. for a statement made at a gathering ("told the council", "speaking at
 *    the ceremony"; see occasions.ts), the day of the event the lede reports;
 * 4. the same speaker's last dated statement: news reports one occasion per
 *    speaker unless they say otherwise ("she added", the next paragraph).
 * Otherwise the date is unknown: neither the publication date nor the day of
 * the lede's event is a default, since features and analyses quote people
 * from interviews on other days without saying when.
 */

type DatingInput = {
  body: string;
  sentences: Sentence[];
  /** Sorted by start offset. */
  findings: QuoteFinding[];
  /** Identifies the speaker a finding is attributed to; null when unknown. */
  speakerOf: (finding: QuoteFinding) => unknown;
  published: FuzzyDate;
};

export const UNKNOWN_DATE: FuzzyDate = { date: null, precision: "unknown", phrase: null };

export function dateStatements({ body, sentences, findings, speakerOf, published }: DatingInput): FuzzyDate[] {
  const lastBySpeaker = new Map<unknown, FuzzyDate>();
  const dated = new Map<QuoteFinding, FuzzyDate>();
  // Statements of one sentence share its context, blanked the same way: it is read once.
  const byContext = new Map<string, FuzzyDate>();
  // Read only when a statement needs it: undefined until then, null if the lede gives no day.
  let ledeDate: FuzzyDate | null | undefined;
  /** The lede's day, for a statement made at a gathering. */
  const dateOfOccasion = (frame: string): FuzzyDate | undefined => {
    if (!isSpokenAtOccasion(frame)) return undefined;
    if (ledeDate === undefined) ledeDate = dayOfLede(body, sentences, published);
    return ledeDate ?? undefined;
  };
  for (const finding of findings) {
    const anchor = finding.speaker.kind === "same-as" ? finding.speaker.finding : null;
    const speaker = speakerOf(finding);
    const context = contextOutside(body, sentences, findings, finding);
    const own = byContext.get(context) ?? resolveStatedDate(context, published);
    byContext.set(context, own);
    const stated =
      own.phrase !== null
        ? own
        : ((anchor ? dated.get(anchor) : undefined) ??
          dateOfOccasion(context) ??
          (speaker !== null ? lastBySpeaker.get(speaker) : undefined) ??
          UNKNOWN_DATE);
    dated.set(finding, stated);
    if (speaker !== null && stated.date !== null) lastBySpeaker.set(speaker, stated);
  }
  return findings.map((finding) => dated.get(finding) ?? UNKNOWN_DATE);
}

// The first paragraph may be only a dateline, a byline or a scene; the event's day comes by the second.
const LEDE_PARAGRAPHS = 2;

/** The day on which the lede says its event happened: the first day its first paragraphs name. */
function dayOfLede(body: string, sentences: Sentence[], published: FuzzyDate): FuzzyDate | null {
  const first = sentences[0]?.paragraph ?? 0;
  for (const sentence of sentences) {
    if (sentence.paragraph >= first + LEDE_PARAGRAPHS) break;
    const stated = resolveStatedDate(body.slice(sentence.start, sentence.end), published);
    if (stated.precision === "day") return stated;
  }
  return null;
}

/** The statement's sentence with every statement's words blanked out, so
 * that only reporting frames ("she said on Tuesday") can date it. */
function contextOutside(body: string, sentences: Sentence[], findings: QuoteFinding[], finding: QuoteFinding): string {
  const sentence = sentences[finding.sentence];
  if (!sentence) return "";
  let context = "";
  let cursor = sentence.start;
  for (const other of findings) {
    if (other.end <= sentence.start || other.start >= sentence.end) continue;
    context += `${body.slice(cursor, Math.max(cursor, other.start))} … `;
    cursor = Math.max(cursor, other.end);
  }
  return context + body.slice(Math.min(cursor, sentence.end), sentence.end);
}
