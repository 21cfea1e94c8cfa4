import { isAdverbial, looksLikeClause, speakerPhraseAfter, subjectBefore } from "./clauses";
import type { SentenceView } from "./findings";
import type { Mention } from "./mentions";
import type { ReportingVerb } from "./reporting-verbs";
import { GROUP_NOUNS } from "./lexicon";
import type { Token } from "./tokens";

/**
 * Reporting clauses that come after or inside their content:
 *   "…, said the head of X, Name."      (inverted, verb first)
 *   "…, X said on Tuesday."             (inverted, subject first)
 *   "…, she noted, and …" / "Without …, she said, prices …"  (parenthetical)
 *   "…, as X acknowledged on Friday." (as-clause)
 * Each gives the speaker and the token range of the content.
 */

export type InvertedClause = { speaker: Mention; from: number; to: number; rule: string };

// "…, X said on Tuesday at the close of a three-day negotiating round in the capital."
const MAX_TAIL = 16;
const SUBORDINATE_START =
  /^(?:without|with|if|when|while|after|before|in|on|at|for|because|although|though|as|despite|by|once|unless|since|until)$/;
const CLAIM_NOUNS =
  /^(?:claims?|assertions?|warnings?|arguments?|views?|fears?|allegations?|statements?|insistence|suggestions?|accusations?)$/;
const GROUP_LINK = /^(?:at|of|from|with)$/;

// What may follow "X said" in an inverted clause: a time, a place, a channel, a hearer.
const ADJUNCT_START =
  /^(?:on|in|at|during|after|before|from|to|with|via|by|while|when|outside|inside|through|last|this|earlier|later|late|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|reporters|journalists|him|her|them|us|me)$/;
const DETERMINER = /^(?:the|a|an|his|her|their|its)$/;

const QUESTION_FRAME = /^(?:asked|pressed|questioned|quizzed|challenged)$/;

const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)$/;

/** End of the words after `from` up to the next comma or the sentence end, if
 * they are only adjuncts ("on Tuesday", "in a report published on Friday"), else -1. */
function adjunctTail(tokens: Token[], from: number, takesHearer: boolean): number {
  let end = from;
  while (end < tokens.length && tokens[end]?.text !== "," && tokens[end]?.text !== ".") end++;
  const words = tokens.slice(from, end);
  const isClause = words.some((t) => t.lower === "that" || t.text === ":" || t.text === '"' || FINITE.test(t.lower));
  // "…, X accused NATO of …" has an object after the verb, not an adjunct.
  const first = words[0];
  const opensAdjunct =
    !first ||
    !first.isWord ||
    ADJUNCT_START.test(first.lower) ||
    isAdverbial(first) ||
    GROUP_NOUNS.has(first.lower) ||
    (takesHearer && (DETERMINER.test(first.lower) || first.isCap));
  return end - from > MAX_TAIL || isClause || !opensAdjunct ? -1 : end;
}

const NOT_INFINITIVE = /^(?:the|a|an|his|her|their|its|this|that|these|those|him|them|us|me|reporters|journalists)$/;

/** "to spend": "to" and a lower-case word that opens no noun phrase ("to reporters", "to the press"). */
function opensInfinitive(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return (
    tokens[at]?.lower === "to" && next !== undefined && next.isWord && !next.isCap && !NOT_INFINITIVE.test(next.lower)
  );
}

/** Start of the subject phrase: "researchers at X" starts at "researchers". */
function phraseStart(view: SentenceView, m: Mention): number {
  const { tokens, mentions } = view;
  if (/^(?:the|a|an)$/.test(tokens[m.first - 1]?.lower ?? "")) return m.first - 1;
  if (!GROUP_LINK.test(tokens[m.first - 1]?.lower ?? "")) return m.first;
  const head = mentions.find((x) => x.last === m.first - 2 && (x.kind === "group" || x.form === "nominal"));
  return head ? head.first : m.first;
}

function contentEndsClean(tokens: Token[], to: number): number {
  let end = to;
  while (end > 0 && /^[,—-]$/.test(tokens[end - 1]?.text ?? "")) end--;
  return end;
}

/** The content of a parenthetical "…, X said, …": the clause before it when
 * that is a main clause, else the clause after it. */
function parenthetical(
  tokens: Token[],
  subjectStart: number,
  afterComma: number,
  sentenceEnd: number,
): [number, number] {
  const before = contentEndsClean(tokens, subjectStart);
  const opensSubordinate = SUBORDINATE_START.test(tokens[0]?.lower ?? "");
  // "…, Solberg said, meaning …": a participle after the reporting clause is an adjunct, so the content is before.
  const afterIsParticiple = /ing$/.test(tokens[afterComma]?.lower ?? "") && !tokens[afterComma]?.isCap;
  const isMainClause = !opensSubordinate && (looksLikeClause(tokens, 0, before) || (afterIsParticiple && before >= 3));
  if (isMainClause) return [0, before];
  let end = sentenceEnd;
  while (end > afterComma && !tokens[end - 1]?.isWord && tokens[end - 1]?.text !== '"') end--;
  return [afterComma, end];
}

export function invertedClause(view: SentenceView, v: number, verb: ReportingVerb): InvertedClause | null {
  const { tokens, mentions } = view;
  if (verb.form !== "past" && verb.form !== "third") return null;
  // "Asked about his future, he pointed to …": the question put to them, not their words.
  if (QUESTION_FRAME.test(tokens[0]?.lower ?? "")) return null;
  // "…, said X." with X a name or a description, never a bare pronoun.
  if (tokens[v - 1]?.text === ",") {
    const after = speakerPhraseAfter(tokens, mentions, v + 1, tokens.length);
    const speaker = after && after.start <= v + 2 ? after.mention : null;
    // "X, whose son …, asked lawmakers to spend …": the object of "asked … to", not its speaker.
    const isAskedToAct = verb.frames.has("to") && opensInfinitive(tokens, speaker?.next ?? v);
    if (speaker && speaker.form !== "pronoun" && !isAskedToAct && adjunctTail(tokens, speaker.next, false) >= 0) {
      return { speaker, from: 0, to: contentEndsClean(tokens, v - 1), rule: "indirect.inverted" };
    }
  }
  const subject = subjectBefore(tokens, mentions, v);
  if (!subject) return null;
  const start = phraseStart(view, subject);
  let j = start - 1;
  while (isAdverbial(tokens[j])) j--;
  const tail = adjunctTail(tokens, v + 1, verb.frames.has("hearer"));
  if (tail < 0 || j < 1) return null;
  if (tokens[j]?.lower === "as" && tokens[j - 1]?.text === ",") {
    const claim = tokens
      .slice(0, j - 1)
      .findIndex((t, k) => CLAIM_NOUNS.test(t.lower) && tokens[k + 1]?.lower === "that");
    return {
      speaker: subject,
      from: claim >= 0 ? claim + 2 : 0,
      to: contentEndsClean(tokens, j - 1),
      rule: "indirect.as-clause",
    };
  }
  if (tokens[j]?.text !== ",") return null;
  if (tokens[tail]?.text === "," && tokens.length - tail > 4) {
    const [from, to] = parenthetical(tokens, j, tail + 1, tokens.length);
    return { speaker: subject, from, to, rule: "indirect.parenthetical" };
  }
  return { speaker: subject, from: 0, to: contentEndsClean(tokens, j), rule: "indirect.inverted" };
}
