/**
 * Turns the words of a quote into the plain propositions it asserts: splits
 * it into sentences and clauses, strips discourse markers and framing ("In
 * fact", "there is no doubt that"), undoes clefts ("it's X that does Y") and
 * reads rhetorical questions ("Do you really think that X is not Y?") as the
 * assertion they make.
 */

import { stem } from "./stem";

export type AssertedClause = {
  /** The clause as asserted, negation words included. */
  text: string;
  isNegated: boolean;
};

const SENTENCE_BREAK = /(?<=[.!?…])["”’»]?\s+(?=["“‘«(]?[\p{Lu}\p{N}])|\s*(?:;|\.{3}|…|—|\s–\s)\s*/u;
// What every SENTENCE_BREAK needs, found by a much cheaper pattern: most quotes are one sentence.
const MAY_BREAK = /[.!?…]["”’»]?\s|[;…—]|\.{3}|\s–\s/;
// Spaces and punctuation stripped from the start and the end of a clause.
const OPENING_EDGE = /[\s"“”«»„'‘’(\-–—,:]/;
const CLOSING_EDGE = /[\s"“”«»„'‘’)\-–—,:.!;]/;

const DISCOURSE_MARKER =
  /^(?:in fact|indeed|however|moreover|furthermore|meanwhile|besides|of course|also|and|but|so|well|now|today|frankly|honestly|in short|in other words|at the same time|after all|first|firstly|second|secondly|finally|therefore|thus|hence|yes|look|listen|again|still|then|instead|rather|in turn|as a result|in any case|anyway)\b\s*,?\s*/i;
const FRAMING =
  /^(?:there is no doubt|there's no doubt|there can be no doubt|no doubt|without (?:a )?doubt|it is (?:clear|obvious|evident|true|a fact|undeniable)|it's (?:clear|obvious|evident|true|a fact|undeniable)|the (?:truth|fact|reality) is|we (?:all )?know|everyone knows|i (?:think|believe|am convinced|am sure)|we (?:think|believe|are convinced|are sure)|let me be clear|i (?:want|would like) to (?:say|stress|emphasi[sz]e)|i must say)(?: about it)?(?: that)?\s*[,:]?\s*/i;
const INTENSIFIERS =
  /\b(?:unquestionably|undeniably|undoubtedly|certainly|clearly|obviously|really|truly|absolutely|definitely|simply|actually|indeed|of course)\b,?\s*/gi;
const INNER_QUOTATION_MARKS = /[“”«»„"]/g;
const GREETING =
  /^(?:thank you|thanks|good (?:morning|afternoon|evening|night)|hello|hi|welcome|congratulations|bravo|cheers|goodbye|please)\b/i;

const RHETORICAL_BELIEF =
  /^(?:do|did|does|can|could|would|will) (?:you|we|they|anyone|anybody|people|i) (?:really |seriously |honestly |still |actually )?(think|believe|imagine|expect|suppose|claim|say|doubt)(?: that)?\s+(.+)$/i;
const RHETORICAL_OBVIOUS =
  /^(?:isn['’]t|is it not|wasn['’]t|was it not) it (?:obvious|clear|true|evident|a fact|the case)(?: that)?\s+(.+)$/i;
const CLEFT =
  /^it(?:['’]s| is| was)\s+((?:the |a |an |this |our |their )?\S+(?: \S+){0,4}?)\s+(?:that|who|which)\s+(.+)$/i;

const LOWER_CASE_LETTER = /\p{Ll}/u;
// What a cleft may put in focus: a name or number, or a definite phrase.
const CLEFT_FOCUS = /^(?:the |a |an |this |our |their )?[\p{Lu}\d]|^(?:the|this|our|their) /u;
const NEGATOR = /\b(?:not|never|no|nobody|nothing|none|neither|nor|nowhere|cannot)\b|n['’]t\b/gi;
const HAS_NEGATOR = new RegExp(NEGATOR.source, "i");
// "not only ... but also" and "no doubt" do not negate the clause.
const NOT_A_NEGATION = /\b(?:not (?:only|just|merely)|no doubt)\b/gi;

// Finite verbs: auxiliaries, modals, "-ed" forms, a word after a subject
// pronoun, or an inflected common verb.
const HAS_VERB_FORM =
  /\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|cannot|\w{3,}ed|(?:i|we|you|they|he|she|it|who) \w+|[a-z]{3,}s (?:the|a|an|no|its|their|our|his|her|this|that|these|those|all|any|some|more|much|us|them|him)\b)\b|n['’]t\b/i;
export const COMMON_VERBS = new Set(
  (
    "say tell want need support supply provide give take make know think believe see hope plan fight win lose " +
    "help keep continue remain become seem stand push send deliver attack threaten demand accept reject refuse " +
    "oppose back raise cut rise fall grow increase reduce lead show prove mean cause create bring build use offer " +
    "agree deny accuse blame call ask expect fear face risk try work play beat score hold meet join leave include " +
    "involve belong violate aim seek suffer kill destroy protect defend invade occupy strike bomb undermine weaken " +
    "strengthen harm hurt benefit pay cost owe buy sell trade ban allow block prevent stop start begin end fail " +
    "succeed warn intend wish deserve remain rule govern sign break control own lie change run look come go put " +
    "set let feel bear require respect recognize exist happen matter depend serve contain"
  )
    .split(" ")
    .map(stem),
);
const WORD = /\p{L}+/gu;

function hasVerb(text: string): boolean {
  if (HAS_VERB_FORM.test(text)) return true;
  return (text.match(WORD) ?? []).some((word) => LOWER_CASE_LETTER.test(word[0] ?? "") && COMMON_VERBS.has(stem(word)));
}

function countNegations(text: string): number {
  // Removing "not only" (a whole phrase, for a space) never makes a negator, so none means none.
  if (!HAS_NEGATOR.test(text)) return 0;
  return (text.replace(NOT_A_NEGATION, " ").match(NEGATOR) ?? []).length;
}

const REMOVE_NEGATION: [RegExp, string][] = [
  [/\b(can)['’]t\b/gi, "$1"],
  [/\bcannot\b/gi, "can"],
  [/\bwon['’]t\b/gi, "will"],
  [/\b(\w+)n['’]t\b/gi, "$1"],
  [/\s+(?:not|never)\b/gi, ""],
  [/\bno\s+/gi, ""],
];

// Every REMOVE_NEGATION pattern needs one of these; most clauses have none.
const MAY_BE_NEGATED = /n['’]t\b|\bcannot\b|\s(?:not|never)\b|\bno\s/i;

/** The clause with its negation taken away ("X is not Y" → "X is Y"). */
export function withoutNegation(text: string): string {
  if (!MAY_BE_NEGATED.test(text)) return text;
  let result = text;
  for (const [pattern, replacement] of REMOVE_NEGATION) result = result.replace(pattern, replacement);
  return result;
}

const AUXILIARY = /\b(is|are|was|were|will|would|can|could|should|must|has|have|had|does|do|did)\b/i;

/** The clause negated, for a rhetorical question asking whether a positive holds. */
function negated(text: string): string {
  return AUXILIARY.test(text) ? text.replace(AUXILIARY, "$1 not") : `It is not true that ${text}`;
}

/** The clause without its opening and closing runs of edge characters: one
 * pass from each end, instead of a pattern tried at every position. */
function withoutEdges(text: string): string {
  let start = 0;
  while (start < text.length && OPENING_EDGE.test(text.charAt(start))) start++;
  let end = text.length;
  while (end > start && CLOSING_EDGE.test(text.charAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function stripMarkers(clause: string): string {
  let current = clause;
  for (let previous = ""; previous !== current;) {
    previous = current;
    current = withoutEdges(current.replace(DISCOURSE_MARKER, "").replace(FRAMING, ""));
  }
  return current;
}

// Every pattern of the tidying in readClause needs one of these; most clauses have none.
const MAY_NEED_TIDYING = new RegExp(`${INTENSIFIERS.source}|${INNER_QUOTATION_MARKS.source}|\\s\\s`, "i");

function readClause(raw: string): AssertedClause | null {
  const isQuestion = /\?\s*["”’»]?\s*$/.test(raw);
  const trimmed = withoutEdges(raw);
  let text = stripMarkers(trimmed.endsWith("?") ? trimmed.replace(/\?+$/, "") : trimmed);
  if (!text || GREETING.test(text)) return null;
  let flipsPolarity = false;
  if (isQuestion) {
    const belief = RHETORICAL_BELIEF.exec(text);
    const obvious = RHETORICAL_OBVIOUS.exec(text);
    if (belief) [text, flipsPolarity] = [belief[2] ?? "", (belief[1] ?? "").toLowerCase() !== "doubt"];
    else if (obvious) text = obvious[1] ?? "";
    else return null; // A genuine question asserts nothing.
  }
  const cleft = CLEFT.exec(text);
  if (cleft && CLEFT_FOCUS.test(cleft[1] ?? "")) {
    text = `${cleft[1]} ${cleft[2]}`;
  }
  if (MAY_NEED_TIDYING.test(text)) {
    text = text
      .replace(INTENSIFIERS, "")
      .replace(INNER_QUOTATION_MARKS, "")
      .replace(/\s{2,}/g, " ");
  }
  text = withoutEdges(text);
  if (!hasVerb(text)) return null;
  const isNegatedAsWritten = countNegations(text) % 2 === 1;
  if (!flipsPolarity) return { text, isNegated: isNegatedAsWritten };
  return isNegatedAsWritten
    ? { text: withoutNegation(text), isNegated: false }
    : { text: negated(text), isNegated: true };
}

export function assertedClauses(quoteText: string): AssertedClause[] {
  const clauses: AssertedClause[] = [];
  for (const piece of MAY_BREAK.test(quoteText) ? quoteText.split(SENTENCE_BREAK) : [quoteText]) {
    const clause = piece ? readClause(piece) : null;
    if (clause) clauses.push(clause);
  }
  return clauses;
}
