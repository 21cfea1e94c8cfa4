import { DEMONYMS, FEMALE_TITLES, GROUP_NOUNS, MALE_TITLES, ORG_HEADS, ROLE_MODIFIERS } from "./lexicon";
import type { MakeMention, Mention } from "./mentions";
import { isNameWord } from "./name-mentions";
import { reportingVerb } from "./reporting-verbs";
import { bare, isRoleNoun, textOf } from "./roles";
import { isPossessiveMark, type Token } from "./tokens";

/** Mentions by a common noun: "the minister", "the bank", "a spokesperson
 * for the ministry", "the Dutch finance ministry", "analysts". */

const DEFINITE = new Set(["the", "this", "that"]);
// People named by nationality where the adjective differs ("the Dutchman", "the Briton").
const NATIONALITY_NOUNS = new Set(
  "dutchman frenchman englishman welshman scotsman irishman briton brit scot swede dane finn pole turk kiwi aussie".split(
    " ",
  ),
);
const QUANTIFIERS = /^(?:some|many|several|two|three|four|senior|top|other|most|few)$/;
const EXTENSION = /^(?:for|of|at|with|from|in|near)$/;
const MAX_EXTENSION = 10;
const SOURCE_PLACEMENT = new Set(["close", "familiar", "briefed", "linked", "connected", "near"]);
const STOPS_EXTENSION = new Set([
  "who",
  "which",
  "that",
  "said",
  "says",
  "told",
  "and",
  "but",
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
]);

// A lower-case word of three letters or more: "culture" in "Mexico's culture ministry".
const PLAIN_MODIFIER = /^\p{Ll}{3,}$/u;

/** Whether the capitalized run ending at `last` opens with a title ("Det Insp Carl Hebden"). */
function titledNameEndsAt(tokens: Token[], last: number): boolean {
  let k = last;
  while (k > 0 && tokens[k - 1]?.isCap) k--;
  return k < last && isRoleNoun(tokens[k]);
}

/** Where the modifiers before a head noun start ("the [Russian foreign] minister"). */
function modifierStart(tokens: Token[], head: number): number {
  let from = head;
  for (;;) {
    const t = tokens[from - 1];
    if (!t || DEFINITE.has(t.lower) || /^(?:a|an|its|his|her|their)$/.test(t.lower)) return from;
    // "the 34-year-old nurse": an age before the head.
    if (t.lower === "year-old" && tokens[from - 2]?.text === "-" && /^\d+$/.test(tokens[from - 3]?.text ?? "")) {
      from -= 3;
      continue;
    }
    // "the fund's board": a possessor goes with its noun, whatever that noun is.
    if (isPossessiveMark(t) && tokens[from - 2]?.isWord) {
      from -= 2;
      continue;
    }
    // "Mexico's culture ministry": a plain noun right after a possessor modifies the head too.
    const afterPossessor = isPossessiveMark(tokens[from - 2]) && PLAIN_MODIFIER.test(t.text);
    const isModifier =
      t.isCap ||
      ROLE_MODIFIERS.has(t.lower) ||
      DEMONYMS.has(t.lower) ||
      isRoleNoun(t) ||
      ORG_HEADS.has(t.lower) ||
      afterPossessor;
    // Joining words count only inside a capitalized name ("Department of Trade and Industry").
    const isJoiner = /^(?:of|for|and|to|at|&)$/.test(t.lower);
    if (!isModifier || (isJoiner && !(tokens[from - 2]?.isCap && tokens[from]?.isCap))) return from;
    // "Det Insp Carl Hebden of West Yorkshire police": a titled person's name before "of" is not the body's.
    if (t.lower === "of" && titledNameEndsAt(tokens, from - 2)) return from;
    from--;
  }
}

const NOT_PLAIN_MODIFIER = /^(?:and|but|for|with|from|that|this|said|says|told|into|over|after|than|whose|which)$/;

/** Where "the" and one plain lower-case modifier before `first` start, or `first`. */
function plainModifierStart(tokens: Token[], first: number): number {
  const t = tokens[first - 1];
  if (!t || !PLAIN_MODIFIER.test(t.text) || NOT_PLAIN_MODIFIER.test(t.lower) || reportingVerb(t.lower)) return first;
  return tokens[first - 2]?.lower === "the" ? first - 1 : first;
}

/** How far a "for/of/at" phrase after the head carries the mention on. */
function extensionEnd(tokens: Token[], head: number): number {
  // "a source close to the club", "a person familiar with the talks": how anonymous sources are placed.
  const isPlacement =
    SOURCE_PLACEMENT.has(tokens[head + 1]?.lower ?? "") && /^(?:to|with)$/.test(tokens[head + 2]?.lower ?? "");
  if (!EXTENSION.test(tokens[head + 1]?.lower ?? "") && !isPlacement) return head;
  let k = head + (isPlacement ? 3 : 2);
  while (
    k < head + MAX_EXTENSION &&
    tokens[k] &&
    (tokens[k]?.isWord || isPossessiveMark(tokens[k]) || tokens[k]?.text === "&")
  ) {
    const word = tokens[k]?.lower ?? "";
    if (STOPS_EXTENSION.has(word) || (reportingVerb(word) && !tokens[k]?.isCap)) break;
    k++;
  }
  return k - 1;
}

export function nominalMention(text: string, tokens: Token[], i: number, make: MakeMention): Mention | null {
  const t = tokens[i] as Token;
  if (!t.isWord) return null;
  const word = t.lower;
  const isPersonHead = isRoleNoun(t) && !isNameWord(tokens[i + 1]);
  const isOrgHead = ORG_HEADS.has(word);
  const isGroup = GROUP_NOUNS.has(word) || word === "others";
  if (!isPersonHead && !isOrgHead && !isGroup) return null;
  let first = modifierStart(tokens, i);
  while (first > 0 && QUANTIFIERS.test(tokens[first - 1]?.lower ?? "")) first--;
  // "the visiting minister", "the outgoing governor": a person's role after "the" and a plain word.
  if (isPersonHead && !isGroup) first = plainModifierStart(tokens, first);
  const determiner = tokens[first - 1]?.lower ?? "";
  // "the province's transportation ministry": a possessor makes it definite.
  // "Marlow's board", "Sri Lanka's central bank": a possessor among the modifiers does too.
  let hasPossessor = false;
  for (let k = first; k < i && !hasPossessor; k++) hasPossessor = isPossessiveMark(tokens[k]);
  const isDefinite = DEFINITE.has(determiner) || /^(?:its|his|her|their|'s)$/.test(determiner) || hasPossessor;
  const hasExtension = EXTENSION.test(tokens[i + 1]?.lower ?? "");
  // A bare head with no determiner ("spokesperson Maria X") is part of a role, not a mention.
  const isIndefinite = determiner === "a" || determiner === "an";
  if (!isGroup && !isDefinite && !isIndefinite && !tokens[first]?.isCap && !hasExtension) return null;
  const kind = isGroup ? "group" : isOrgHead && !isRoleNoun(t) ? "organization" : "person";
  // "diplomats from two Gulf states", "analysts at the bank": a group placed by what follows.
  const last = extensionEnd(tokens, i);
  const core: [number, number] = [DEFINITE.has(determiner) ? first - 1 : first, last + 1];
  const gender = MALE_TITLES.has(word) ? "male" : FEMALE_TITLES.has(word) ? "female" : null;
  return make({
    kind,
    form: "nominal",
    first: core[0],
    last,
    core,
    name: kind === "organization" ? textOf(text, tokens, first, last + 1) : null,
    role: kind === "person" ? textOf(text, tokens, first, last + 1) : null,
    head: bare(t),
    gender,
    isDefinite,
  });
}

/** "the Spaniard", "the 24-year-old": sports and feature writing's way of
 * referring back to someone already named, by nationality or age. */
const AGE_HEAD = "year-old";
const RANKING_HEAD = "ranking";

/** Whether a nominal mention is an epithet, which names no role but refers back like a pronoun. */
export function isEpithet(mention: Mention): boolean {
  const head = mention.head ?? "";
  return (
    mention.form === "nominal" &&
    mention.role === null &&
    (head === AGE_HEAD || head === RANKING_HEAD || DEMONYMS.has(head) || NATIONALITY_NOUNS.has(head))
  );
}

export function epithetMention(text: string, tokens: Token[], i: number, make: MakeMention): Mention | null {
  const t = tokens[i] as Token;
  // Asked of every token: most are neither capitalized, a number nor "year-old".
  const code = t.text.charCodeAt(0);
  if (!t.isCap && !(code >= 48 && code <= 57) && t.lower !== AGE_HEAD) return null;
  const isAge = t.lower === AGE_HEAD && tokens[i - 1]?.text === "-" && /^\d+$/.test(tokens[i - 2]?.text ?? "");
  // "the world No 6", "the No 1": a ranking.
  const isRanking = /^\d+$/.test(t.text) && /^No\.?$/.test(tokens[i - 1]?.text ?? "");
  const rankStart = tokens[i - 2]?.lower === "world" ? i - 2 : i - 1;
  const first = isAge ? i - 2 : isRanking ? rankStart : i;
  if (tokens[first - 1]?.lower !== "the") return null;
  const next = tokens[i + 1];
  const isNoun = !next || !next.isWord || (!next.isCap && !isRoleNoun(next) && !ORG_HEADS.has(next.lower));
  const isDemonym = t.isCap && (DEMONYMS.has(t.lower) || NATIONALITY_NOUNS.has(t.lower)) && !t.lower.endsWith("s");
  if (!isNoun || (!isAge && !isDemonym && !isRanking)) return null;
  return make({
    kind: "person",
    form: "nominal",
    first,
    last: i,
    core: [first - 1, i + 1],
    name: null,
    role: null,
    head: isRanking ? RANKING_HEAD : t.lower,
    gender: null,
    isDefinite: true,
  });
}
