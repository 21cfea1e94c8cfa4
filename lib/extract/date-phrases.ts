/**
 * Finds the time expressions in a sentence that could say when a statement
 * was made, and scores how likely each is to be that anchor. Resolution to a
 * date is dates.ts's job.
 */

export type DatePhraseKind =
  | "today"
  | "yesterday"
  | "weekday"
  | "days-ago"
  | "weekend"
  | "relative-week"
  | "relative-month"
  | "relative-year"
  | "weeks-ago"
  | "months-ago"
  | "years-ago"
  | "day-month"
  | "month"
  | "year"
  | "iso";

export type DatePhrase = {
  kind: DatePhraseKind;
  /** As written in the context, e.g. "On Tuesday", "last week". */
  phrase: string;
  start: number;
  groups: (string | undefined)[];
  score: number;
};

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
// A month name that is a whole word: \b alone would take "Nov" in "Novák" or "Jan" in "Janáček",
// since it counts only ASCII letters as word characters.
const MONTH_WORD = `${MONTH}(?![\\p{L}\\p{M}])`;
const NUMBER_WORDS = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";

// Cheap tests that every match of a pattern passes, so that a sentence is only
// searched for the patterns it may hold; several patterns share one.
const MONTH_CUE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const AGO_CUE = / ago/i;

// Month names are matched with their capital (so the verb "may" is not May);
// everything else ignores case.
const PATTERNS: { kind: DatePhraseKind; pattern: RegExp; weight: number; cue: RegExp }[] = [
  { kind: "iso", pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, weight: 3, cue: /\d-\d/ },
  {
    kind: "day-month",
    pattern: new RegExp(`\\b(?:[Oo]n\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, "g"),
    weight: 3,
    cue: MONTH_CUE,
  },
  {
    kind: "day-month",
    pattern: new RegExp(
      `\\b(?:[Oo]n\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}(?:,?\\s+(\\d{4})\\b)?`,
      "gu",
    ),
    weight: 3,
    cue: MONTH_CUE,
  },
  {
    kind: "month",
    pattern: new RegExp(
      `\\b(?:(?:[Ii]n|[Ll]ast|[Ee]arly|[Ll]ate|[Ee]arlier in)\\s+)?${MONTH_WORD}(?:\\s+(\\d{4}))?\\b`,
      "gu",
    ),
    weight: 1.5,
    cue: MONTH_CUE,
  },
  {
    kind: "today",
    pattern: /\b(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))\b/gi,
    weight: 3,
    cue: /today|tonight|this /i,
  },
  {
    kind: "yesterday",
    pattern: /\b(?:yesterday|last night)(?: (?:morning|afternoon|evening))?\b/gi,
    weight: 3,
    cue: /yesterday|last night/i,
  },
  {
    kind: "weekday",
    pattern:
      /\b(?:(on|last|this|late|early|past)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b/gi,
    weight: 3,
    cue: /(?:sun|mon|tues|wednes|thurs|fri|satur)day/i,
  },
  { kind: "weekend", pattern: /\b(?:over|at|during|this|last) (?:the )?weekend\b/gi, weight: 2.5, cue: /weekend/i },
  { kind: "relative-week", pattern: /\b(?:(?:earlier|late|later) )?(this|last) week\b/gi, weight: 2, cue: /week/i },
  {
    kind: "relative-month",
    pattern: /\b(?:(?:earlier|late|later) )?(?:in )?(this|last) month\b/gi,
    weight: 1.5,
    cue: /month/i,
  },
  {
    kind: "relative-year",
    pattern: /\b(?:(?:earlier|late|later) )?(?:in )?(this|last) year\b/gi,
    weight: 1,
    cue: /year/i,
  },
  { kind: "days-ago", pattern: new RegExp(`\\b${NUMBER_WORDS} days? ago\\b`, "gi"), weight: 3, cue: AGO_CUE },
  { kind: "weeks-ago", pattern: new RegExp(`\\b${NUMBER_WORDS} weeks? ago\\b`, "gi"), weight: 2, cue: AGO_CUE },
  { kind: "months-ago", pattern: new RegExp(`\\b${NUMBER_WORDS} months? ago\\b`, "gi"), weight: 1.5, cue: AGO_CUE },
  { kind: "years-ago", pattern: new RegExp(`\\b${NUMBER_WORDS} years? ago\\b`, "gi"), weight: 1, cue: AGO_CUE },
  // A bare four-digit number is as often a count or part of a name as a year.
  {
    kind: "year",
    pattern: /\b(?:in|during|early|late|earlier in)\s+((?:19|20)\d{2})\b(?!s|-\d)/gi,
    weight: 1,
    cue: /19|20/,
  },
];

// A phrase after one of these words is a span or a deadline, not a moment of speech.
const NOT_AN_ANCHOR_BEFORE =
  /\b(?:since|by|until|till|through|from|before|after|within|throughout|between|for|next|coming|ahead of|end of|beginning of|start of|as of|than|past|over|and|or)(?:\s+the)?\s*$/i;
const FUTURE_IN_CLAUSE =
  /\b(?:will|would|shall|to be|is due|are due|due to|expected to|scheduled|set to|plans? to|planned|next)\b[^,;:.]*$/i;
const REPORTING_VERB =
  "(?:said|says|say|told|tells|stated|states|declared|announced|warned|added|argued|claimed|insisted|wrote|tweeted|posted|noted|stressed|emphasi[sz]ed|accused|reiterated|confirmed|denied|urged|spoke|speaking|addressed|remarked|commented|explained|acknowledged|admitted|revealed|asserted|suggested|highlighted|described|called|criticized|criticised|replied|responded|echoed|vowed|pledged|promised|announced|signalled|signaled|indicated)";
const VERB_BEFORE = new RegExp(`\\b${REPORTING_VERB}(?:\\s+\\S+){0,3}\\s*$`, "i");
const VERB_AFTER = new RegExp(`^[\\s,]*(?:\\S+\\s+){0,4}?${REPORTING_VERB}\\b`, "i");
const SENTENCE_START = /^[\s"“”«»„'‘’(\-–—]*(?:(?:and|but|so|then|also|meanwhile|however),?\s+)?$/i;
const THAT_CLAUSE = /\bthat\b[^,;:]*$/i;
const QUOTED = /“[^”]*(?:”|$)|«[^»]*(?:»|$)|„[^“”]*(?:[“”]|$)|"[^"]*(?:"|$)/g;

/** The context with quoted words blanked (same length), so offsets still hold. */
function maskQuotations(context: string): string {
  return context.replace(QUOTED, (quoted) => " ".repeat(quoted.length));
}

function scoreOf(masked: string, start: number, end: number, weight: number): number | null {
  const before = masked.slice(0, start);
  if (NOT_AN_ANCHOR_BEFORE.test(before) || FUTURE_IN_CLAUSE.test(before)) return null;
  let score = weight;
  if (VERB_BEFORE.test(before) || VERB_AFTER.test(masked.slice(end, end + 60))) score += 2;
  if (SENTENCE_START.test(before)) score += 2;
  if (THAT_CLAUSE.test(before)) score -= 1.5;
  return score;
}

/** Candidate anchors outside quotation marks, best first. */
export function findDatePhrases(context: string): DatePhrase[] {
  const tested = new Map<RegExp, boolean>();
  const candidates = PATTERNS.filter(({ cue }) => {
    let isPresent = tested.get(cue);
    if (isPresent === undefined) {
      isPresent = cue.test(context);
      tested.set(cue, isPresent);
    }
    return isPresent;
  });
  if (!candidates.length) return [];
  const masked = maskQuotations(context);
  const found: DatePhrase[] = [];
  const taken: [number, number][] = [];
  for (const { kind, pattern, weight } of candidates) {
    // exec on the shared global pattern, not matchAll, which copies the pattern on every call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(masked); match; match = pattern.exec(masked)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      taken.push([start, end]);
      const score = scoreOf(masked, start, end, weight);
      if (score === null) continue;
      found.push({ kind, phrase: context.slice(start, end), start, groups: match.slice(1), score });
    }
  }
  return found.sort((a, b) => b.score - a.score || a.start - b.start);
}
