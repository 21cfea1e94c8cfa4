import { DEMONYMS, NAME_TITLES, NOT_NAMES, ORG_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS } from "./lexicon";
import type { Token } from "./tokens";

/** Roles around a name: before it ("Brazilian Finance Minister X"), after it
 * as an apposition ("X, a spokesperson for the ministry,") or before it as a
 * role-then-name apposition ("the head of the agency, X"). */

export const bare = (t: Token) => (t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower);

// Occupations by their suffix: scientist, pediatrician, biostatistician, astronomer.
const OCCUPATION = /^\p{Ll}{3,}(?:ologist|ician|nomer|grapher|ist)s?$/u;
const NOT_OCCUPATION = /(?:sist|xist|against)s?$/;
// The endings alone: a cheap test that spares most words the full pattern.
const OCCUPATION_ENDING = /(?:ist|ician|nomer|grapher)s?$/;

// Every role noun, its plural, and every title: one lookup for most words.
const ROLE_WORDS = new Set([...ROLE_NOUNS, ...[...ROLE_NOUNS].map((noun) => `${noun}s`), ...NAME_TITLES]);
const ROLE_WORDS_WITH_STOP = new Set([...ROLE_NOUNS].flatMap((noun) => [`${noun}.`, `${noun}s.`]));
// Last letters of the occupation endings, by code: "ist(s)", "ician(s)", "nomer(s)", "grapher(s)".
const OCCUPATION_LAST = ["t", "n", "r", "s"].map((letter) => letter.charCodeAt(0));
const FULL_STOP = 46;

/** Whether a word, given as written and in lower case, names a role; tokens.ts asks once per token.
 * Computed, not remembered: a lookup in a small set costs less than one in a table of every word. */
export function isRoleWord(text: string, lower: string): boolean {
  if (ROLE_WORDS.has(lower)) return true;
  const last = lower.charCodeAt(lower.length - 1);
  if (last === FULL_STOP) return ROLE_WORDS_WITH_STOP.has(lower);
  if (!OCCUPATION_LAST.includes(last) || !OCCUPATION_ENDING.test(text)) return false;
  return OCCUPATION.test(text) && !NOT_OCCUPATION.test(lower);
}

export function isRoleNoun(t: Token | undefined): boolean {
  return t !== undefined && t.isRoleNoun;
}

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "this", "that"]);
const PARENTHETICAL_START =
  /^(?:who|whom|whose|which|from|of|in|at|for|based|aged|speaking|writing|however|meanwhile|too|though|like|by|one|both|each|either|neither|all|none|among|himself|herself|under|after|despite|with|fresh|unlike)$/;
const STARTS_WITH_NUMBER = /^\p{N}/u;
/** "Rep. Travis Keel, R-Ashford,", "Rep. Monica Ellery, D-St. Louis,": an American legislator's party and home. */
export const PARTY_AND_PLACE = /^[RDI]-\p{Lu}/u;
const APPOSITION_ADVERBS = /^(?:now|then|once|formerly|currently|still|also)$/;
const MAX_APPOSITION = 24;
const MAX_PARENTHESIS = 7;

/** The ")" closing a short parenthesis opened at `open` ("(CAAS)", "(R-Texas)"), or -1. */
export function shortParenthesisClose(tokens: Token[], open: number): number {
  if (tokens[open]?.text !== "(") return -1;
  for (let k = open + 1; k <= open + MAX_PARENTHESIS && tokens[k]; k++) if (tokens[k]?.text === ")") return k;
  return -1;
}
// A role phrase before a name never reaches back across a verb.
const CLAUSE_WORDS = /^(?:said|says|say|told|added|is|are|was|were|has|have|had|will|would|wrote|according)$/;
const MAX_ROLE_BEFORE = 12;

function canStandInRole(t: Token): boolean {
  if (!t.isWord) return t.text === "'s" || t.text === "-";
  if (t.isCap && NOT_NAMES.has(t.lower)) return false;
  return isRoleNoun(t) || ROLE_MODIFIERS.has(t.lower) || DEMONYMS.has(t.lower) || ORG_NOUNS.has(bare(t)) || t.isCap;
}

/** Text of tokens [from, to) as written. */
export function textOf(text: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : "";
}

/** Where a role starts that ends at `roleEnd` and may reach back before
 * `at` ("former U.S. President X", "Kenyan health spokeswoman X"); null when
 * the words there hold no role noun. */
export function roleStart(tokens: Token[], at: number, roleEnd: number): number | null {
  let from = at;
  while (
    from > 0 &&
    canStandInRole(tokens[from - 1] as Token) &&
    !DETERMINERS.has(tokens[from - 1]?.lower ?? "") &&
    tokens[from - 1]?.lower !== "and"
  )
    from--;
  // A role never starts with a joining word ("of", "and") or a possessive.
  while (from < at && /^(?:of|for|and|to|at|the|'s|-)$/.test(tokens[from]?.lower ?? "")) from++;
  for (let i = from; i < roleEnd; i++) if (isRoleNoun(tokens[i])) return from;
  return null;
}

export type Apposition = { from: number; to: number; isRole: boolean };

/** A comma-delimited apposition or parenthetical after token `after`:
 * ", a spokesperson for the ministry,", ", who …,", ", 58,", ", from Leeds,".
 * `to` is the index of the token after the closing comma (or the sentence end). */
export function appositionAfter(tokens: Token[], after: number): Apposition | null {
  if (tokens[after]?.text !== ",") return null;
  const first = tokens[after + 1];
  if (!first) return null;
  let end = after + 1;
  for (; end < tokens.length && tokens[end]?.text !== '"'; end++) {
    // "director-general of the Civil Aviation Authority of Singapore (CAAS),": an acronym in brackets stays inside.
    const closing = shortParenthesisClose(tokens, end);
    if (closing >= 0) end = closing;
    else if (/^[,;:()—]$/.test(tokens[end]?.text ?? "")) break;
  }
  if (end === after + 1 || end - after > MAX_APPOSITION) return null;
  const to = tokens[end]?.text === "," ? end + 1 : end;
  const isClosed = tokens[end]?.text === "," || end === tokens.length || tokens[end]?.text === ".";
  const isNumber = STARTS_WITH_NUMBER.test(first.text) && end - after <= 3;
  if (PARENTHETICAL_START.test(first.lower) || isNumber || PARTY_AND_PLACE.test(first.text))
    return isClosed || first.lower.startsWith("wh") ? { from: after + 1, to, isRole: false } : null;
  // "X, now a TV pundit,": an adverb of time may open the described noun phrase.
  const head = APPOSITION_ADVERBS.test(first.lower) ? (tokens[after + 2] ?? first) : first;
  const startsNounPhrase = DETERMINERS.has(head.lower) || canStandInRole(head);
  let hasRole = false;
  for (let i = after + 1; i < Math.min(end, after + 7); i++) if (isRoleNoun(tokens[i])) hasRole = true;
  // "Under questioning from chair X, the governor defended the decision,": a clause, not a description of X.
  for (let i = after + 1; i < end - 2; i++)
    if (isRoleNoun(tokens[i]) && opensClauseWithObject(tokens, i + 1)) return null;
  // "X, a 40-year-old nurse at Y, told": a described noun phrase closed by a comma before a verb.
  const verbFollows = tokens[end]?.text === "," && tokens[end + 1]?.isWord === true && !tokens[end + 1]?.isCap;
  if (!startsNounPhrase || !(hasRole || (/^(?:a|an|the)$/.test(head.lower) && verbFollows)) || !isClosed) return null;
  return { from: after + 1, to, isRole: true };
}

const OBJECT_OPENERS = new Set([...DETERMINERS, "our", "these", "those"]);

/** "defended the decision": a past-tense verb and the object it takes (not "based in Leeds"). */
function opensClauseWithObject(tokens: Token[], at: number): boolean {
  const verb = tokens[at];
  return (
    verb !== undefined &&
    verb.isWord &&
    !verb.isCap &&
    /[a-z]ed$/.test(verb.lower) &&
    OBJECT_OPENERS.has(tokens[at + 1]?.lower ?? "")
  );
}

/** "the head of the port authority, X": a role phrase ending in a comma right
 * before the name at token `nameStart`. Returns the role's token range,
 * without its determiner. */
export function roleAppositionBefore(tokens: Token[], nameStart: number): [number, number] | null {
  if (tokens[nameStart - 1]?.text !== ",") return null;
  const end = nameStart - 1;
  let found: [number, number] | null = null;
  let from = end - 1;
  for (; from >= Math.max(0, end - MAX_ROLE_BEFORE); from--) {
    const t = tokens[from];
    if (!t || (!t.isWord && t.text !== "'s" && t.text !== "-") || CLAUSE_WORDS.test(t.lower)) break;
    if (DETERMINERS.has(t.lower) && tokens.slice(from + 1, end).some((x) => isRoleNoun(x))) found = [from + 1, end];
  }
  // "Novak's coach, X": a possessor's role opening the clause, with no determiner.
  const phrase = tokens.slice(from + 1, end);
  const possessive = phrase.findIndex((x) => x.text === "'s");
  if (!found && possessive > 0 && phrase.slice(possessive + 1).some((x) => isRoleNoun(x)) && !tokens[from]?.isWord)
    found = [from + 1, end];
  return found;
}
