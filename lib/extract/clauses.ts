import { GROUP_NOUNS, ORG_NOUNS, PERSON_PRONOUNS } from "./lexicon";
import type { Mention } from "./mentions";
import { reportingVerb, type ReportingVerb } from "./reporting-verbs";
import { shortParenthesisClose } from "./roles";
import type { Token } from "./tokens";

/** Where the pieces of a reporting clause sit around its verb: the subject
 * before it, a hearer and adjuncts after it, and where its content starts. */

const AUXILIARIES = new Set("has have had will would could can should may might must did does do 'd 's".split(" "));
const PASSIVE = new Set("is are was were be been being".split(" "));
const ADVERBS = new Set(
  `also again later then still further once first twice today yesterday tonight previously repeatedly already just even
  only earlier now recently separately subsequently meanwhile however too long often ever frequently herself himself
  themselves itself reportedly allegedly privately publicly openly flatly firmly bluntly angrily quietly`.split(/\s+/),
);
// "continues to insist", "went on to say": the reporting verb is the infinitive.
const RAISING = new Set(
  "continue continues continued continuing began begin begins start started went go goes appeared seemed".split(" "),
);
const PREPOSITIONS_BEFORE = new Set(
  "in at on from to with by for of about against near into over under after before during through across".split(" "),
);
const NOT_VERBS = new Set("and or but of in on at to for with from by as than the a an".split(" "));
const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday week month year night morning evening afternoon weekend
  january february march april may june july august september october november december on this last next late early`.split(
    /\s+/,
  ),
);
const PREPOSITIONS = new Set(
  "in on at during after before from with via through outside inside to for by while when".split(" "),
);
// An article or possessive determiner opening a noun phrase: "the woman", "its convener", "the DAX index".
const NOUN_PHRASE_OPENER = /^(?:the|a|an|its|his|her|their|our)$/;
const CLAUSE_OPENER = /^(?:it|he|she|they|we|i|you|the|a|an|its|his|her|their|our|this|these|those|there)$/;
const HEARER_STOPS = new Set("against of about for on in at to with from by over that".split(" "));
// Hearers named by a bare noun: "told reporters", "told jurors".
const OBJECT_PRONOUNS = new Set(
  "them him her us me you reporters journalists lawmakers supporters parliament jurors delegates shareholders".split(
    " ",
  ),
);

export const isAdverbial = (t: Token | undefined): boolean =>
  t !== undefined && t.isWord && !t.isCap && (ADVERBS.has(t.lower) || AUXILIARIES.has(t.lower) || /ly$/.test(t.lower));

const DAY_WORDS = new Set(["yesterday", "today", "tonight", "tomorrow"]);
const isTimeWord = (t: Token | undefined): boolean => t !== undefined && TIME_WORDS.has(t.lower);

/** A reporting verb at token `i`, unless it is passive ("is said to") or a
 * phrasal verb missing its particle. */
export function verbAt(tokens: Token[], i: number): ReportingVerb | null {
  const t = tokens[i];
  if (!t || !t.isWord) return null;
  const next = tokens[i + 1]?.lower;
  const verb = reportingVerb(t.lower, next);
  if (!verb) return null;
  // "Opposition demands for a freeze": a plural noun, unless the verb takes that particle ("calls for").
  if (verb.form === "third" && (next === "for" || next === "of") && verb.particle !== next) return null;
  let j = i - 1;
  while (isAdverbial(tokens[j]) && !AUXILIARIES.has(tokens[j]?.lower ?? "")) j--;
  if (PASSIVE.has(tokens[j]?.lower ?? "") && verb.form === "past") return null;
  return verb;
}

/** Index of the first token before the verb's adverbs and auxiliaries
 * ("Halloran has also said" → "Halloran"). Time phrases count too ("X on Monday said"). */
export function skipBackOverAdverbs(tokens: Token[], verbIndex: number): number {
  let j = verbIndex - 1;
  for (;;) {
    if (isAdverbial(tokens[j])) j--;
    else if (tokens[j]?.lower === "to" && RAISING.has(tokens[j - 1]?.lower ?? "")) j -= 2;
    else if (tokens[j]?.lower === "to" && tokens[j - 1]?.lower === "on" && RAISING.has(tokens[j - 2]?.lower ?? ""))
      j -= 3;
    else if (isTimeWord(tokens[j]) && (isTimeWord(tokens[j - 1]) || tokens[j - 1]?.lower === "on")) j -= 2;
    // "He, however, urged": an adverb set off by commas.
    else if (tokens[j]?.text === "," && isAdverbial(tokens[j - 1]) && tokens[j - 2]?.text === ",") j -= 3;
    else return j;
  }
}

/** The mention that is the grammatical subject of the verb at `verbIndex`:
 * the one ending right before it, past any apposition ("X, a spokesperson
 * for Y, said") or relative clause ("X, who ..., said"). */
export function subjectBefore(tokens: Token[], mentions: Mention[], verbIndex: number): Mention | null {
  const j = skipBackOverAdverbs(tokens, verbIndex);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.isEmbedded || m.first > j) continue;
    if (m.next !== j + 1 && m.last !== j) continue;
    // "Loretta Simms, 71, of the 400 block of Alder Street, who has lived …, said": the person the
    // relative clause describes, whom the place only locates.
    const described =
      m.kind === "place" ? mentions.find((x) => !x.isEmbedded && x.kind !== "place" && x.next === m.next) : undefined;
    return described ?? m;
  }
  // "The probe's manufacturer, Meridian Aerostructures, said", "a civil society group, the
  // Heritage Rights Initiative (HRI), said": a name in apposition to the subject.
  if (tokens[j]?.text === ",") {
    const close = tokens[j - 1]?.text === ")" ? tokens.slice(0, j - 1).findLastIndex((t) => t.text === "(") : j;
    const apposed = mentions.find((m) => !m.isEmbedded && m.last === close - 1);
    const opener =
      apposed && tokens[apposed.first - 1]?.lower === "the" ? apposed.first - 2 : (apposed?.first ?? 0) - 1;
    if (apposed && apposed.form === "name" && tokens[opener]?.text === "," && opener >= 2) return apposed;
  }
  // "X, who questioned …", "according to the Y agency, which said …": the verb of a relative clause about X.
  if ((tokens[j]?.lower === "who" || tokens[j]?.lower === "which") && tokens[j - 1]?.text === ",") {
    const antecedent = mentions.find((m) => !m.isEmbedded && m.last === j - 2);
    if (antecedent) return antecedent;
  }
  // "X, who chaired the hearing, argued" / "X, speaking to reporters, said":
  // a relative or participial clause between, which may end in a quote ("as “out of date,” said").
  if (tokens[j]?.text === "," || closesQuoteOnComma(tokens, j)) {
    // "Gloria Tate, 71, who has lived …, said", "Carl Hebden of the crime unit, who led …, said":
    // the clause may also follow the name's apposition or affiliation.
    const opensClauseAt = (at: number) => tokens[at - 1]?.text === "," && opensInterjectedClause(tokens[at]);
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k] as Mention;
      if (
        !m.isEmbedded &&
        m.kind !== "place" &&
        m.last + 2 < j &&
        (opensClauseAt(m.last + 2) || (m.next > m.last + 1 && m.next < j && opensClauseAt(m.next)))
      )
        return m;
    }
  }
  return null;
}

/** “…,”: the token at `at` closes a quote that ended on a comma ("as “out of date,” said"). */
export function closesQuoteOnComma(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === '"' && tokens[at - 1]?.text === ",";
}

/** "who …", "which …", or a participle ("speaking to reporters", "asked about
 * the deal") opening a clause set off by commas after a subject. */
function opensInterjectedClause(t: Token | undefined): boolean {
  if (!t || !t.isWord || t.isCap) return false;
  return /^(?:who|whose|which)$/.test(t.lower) || (t.lower.length > 4 && /(?:ing|ed)$/.test(t.lower));
}

/** Who speaks in a phrase, and the token where the phrase opens. */
export type SpeakerPhrase = { mention: Mention; start: number };

const MAX_DESCRIPTION_BEFORE_NAME = 4;

/** The speaker phrase opening at or after `from` and before `to`: its first
 * non-embedded mention ("said the alliance's director, X" is X, whose role
 * stands before the name), or a name set off after a description, which opens
 * the phrase: "said the 44-year-old, Denise Dorsey-Hull," (a description the
 * pipeline reads as a mention), "said the woman, Gloria Tate," or "said its convener, Kavita Rao,"
 * (ones it does not). */
export function speakerPhraseAfter(
  tokens: Token[],
  mentions: Mention[],
  from: number,
  to: number,
): SpeakerPhrase | null {
  const candidates = mentions.filter((m) => !m.isEmbedded && m.first >= from && m.first < to);
  const [first, second] = candidates;
  if (!first) return null;
  const isNamedInApposition =
    first.form === "nominal" &&
    first.kind === "person" &&
    second?.form === "name" &&
    second.kind === "person" &&
    second.first === first.last + 2;
  const mention = isNamedInApposition && second ? second : first;
  const followsShortDescription =
    NOUN_PHRASE_OPENER.test(tokens[from]?.lower ?? "") &&
    tokens[mention.first - 1]?.text === "," &&
    mention.first - from <= MAX_DESCRIPTION_BEFORE_NAME;
  return { mention, start: followsShortDescription ? from : first.first };
}

export type ContentStart = { index: number; hasThat: boolean; introducesQuote: boolean };

/** Where the content of a reporting verb begins: after "that", after a hearer
 * ("told reporters"), after adjuncts ("in a statement", "on Tuesday"), or right
 * after the verb. `introducesQuote` when a colon or comma leads into quotation marks. */
export function contentAfter(
  tokens: Token[],
  verbIndex: number,
  verb: ReportingVerb,
  end: number,
): ContentStart | null {
  let i = verbIndex + 1 + (verb.particle ? 1 : 0);
  if (verb.frames.has("hearer")) {
    // "told a regular news briefing that …": the hearer runs up to "that".
    const that = hearerUpToThat(tokens, i, end);
    if (that >= 0) return { index: that + 1, hasThat: true, introducesQuote: false };
    i = skipHearer(tokens, i, end);
  }
  const firstAfter = i;
  for (let steps = 0; i < end && steps < 12; steps++) {
    const t = tokens[i] as Token;
    if (t.lower === "that") return { index: i + 1, hasThat: true, introducesQuote: false };
    if (t.text === ":" || (t.text === "," && tokens[i + 1]?.text === '"'))
      return { index: i + 1, hasThat: false, introducesQuote: true };
    if (t.text === '"' && i === firstAfter) return { index: i, hasThat: false, introducesQuote: true };
    if (i === firstAfter && !PREPOSITIONS.has(t.lower) && !isTimeWord(t) && !isAdverbial(t) && t.text !== ",") {
      return { index: i, hasThat: false, introducesQuote: false };
    }
    // "said on Tuesday it had agreed …": after a time adjunct, a subject opens the content.
    if (i > firstAfter && isTimeWord(tokens[i - 1]) && !isTimeWord(t) && CLAUSE_OPENER.test(t.lower)) {
      return { index: i, hasThat: false, introducesQuote: false };
    }
    // "said on Aug. 15 that": a stop inside the sentence ends an abbreviation, not the clause.
    const isAbbreviationStop = t.text === "." && i < tokens.length - 1;
    if (!t.isWord && t.text !== "," && t.text !== "'s" && t.text !== "-" && !isAbbreviationStop) return null;
    // Another reporting clause starts ("…, adding"); "a conference call" is only a noun.
    const other = i > firstAfter ? reportingVerb(t.lower) : undefined;
    if (other && (other.form === "past" || other.form === "ing")) return null;
    i++;
  }
  return null;
}

const MAX_HEARER = 8;

function hearerUpToThat(tokens: Token[], from: number, end: number): number {
  for (let i = from; i < Math.min(end, from + MAX_HEARER); i++) {
    const t = tokens[i] as Token;
    if (t.lower === "that") return i > from ? i : -1;
    if ((!t.isWord && t.text !== "'s") || VERBISH.has(t.lower)) return -1;
  }
  return -1;
}

/** The person spoken to after "told", "assured", "warned": a pronoun, a
 * name, a group ("reporters") or a determiner and up to three words. */
function skipHearer(tokens: Token[], i: number, end: number): number {
  const t = tokens[i];
  if (!t || i >= end || HEARER_STOPS.has(t.lower)) return i;
  if (OBJECT_PRONOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower)) return i + 1;
  const hasDeterminer = /^(?:the|a|an|his|her|its|their)$/.test(t.lower);
  if (!hasDeterminer && !t.isCap) return i;
  let j = hasDeterminer ? i + 1 : i;
  const start = j;
  while (
    j < end &&
    j < start + 4 &&
    tokens[j]?.isWord &&
    tokens[j]?.lower !== "that" &&
    !PREPOSITIONS.has(tokens[j]?.lower ?? "")
  ) {
    if (j > start && !tokens[j]?.isCap && !tokens[j - 1]?.isCap) break;
    j++;
  }
  return j > start ? j : i;
}

const VERBISH = new Set(
  `is are was were be been am will would could can should may might must did does do has have had won't can't isn't
  aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't wouldn't couldn't shouldn't remains remain means
  needs wants plans intends expects believes knows thinks seems appears continues makes takes gives goes comes lies
  stands holds gets puts keeps leaves sees shows says rose fell grew lost won made took gave went came saw told began
  became left kept held brought thought found got paid sold built ran met spent sent stood led knew wrote spoke broke
  chose drove fought caught bought meant felt dealt`.split(/\s+/),
);

/** Whether the tokens look like a clause with a finite verb, not a bare noun phrase. */
export function looksLikeClause(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 3) return false;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i] as Token;
    if (VERBISH.has(t.lower) || (/ed$/.test(t.lower) && !t.isCap && t.lower.length > 4)) return true;
  }
  return false;
}

/** Whether a mention stands as the subject of its clause: not after a
 * preposition, and followed by a verb-like word. */
export function isClauseSubject(tokens: Token[], m: Mention): boolean {
  const before = tokens[m.first - 1]?.lower ?? "";
  if (m.isEmbedded || PREPOSITIONS_BEFORE.has(before)) return false;
  // "cut off an economist who …", "interviewed a nurse who …": the object of a verb before it.
  const beforeDeterminer = /^(?:a|an|the)$/.test(before) ? (tokens[m.first - 2]?.lower ?? "") : before;
  if (/^(?:off|up|out|down)$/.test(beforeDeterminer) || (/[a-z]{3,}ed$/.test(beforeDeterminer) && m.form !== "pronoun"))
    return false;
  // "the DAX index", "its Leeds factory": a name used as a modifier; not "the Czech National Bank"
  // nor "the Bank of Canada".
  const isBareName = m.form === "name" && tokens[m.first]?.start === m.start;
  if (isBareName && NOUN_PHRASE_OPENER.test(before) && !holdsOrganizationNoun(tokens, m)) return false;
  // "Leaders' Questions yesterday, X said": a time word after a name is no verb; the word after it may be.
  let after = afterParenthesis(tokens, m.next);
  while (tokens[after]?.isWord && (isTimeWord(tokens[after]) || DAY_WORDS.has(tokens[after]?.lower ?? ""))) after++;
  const next = tokens[after];
  return next !== undefined && next.isWord && !next.isCap && !NOT_VERBS.has(next.lower);
}

function holdsOrganizationNoun(tokens: Token[], m: Mention): boolean {
  for (let k = m.first; k <= m.last; k++) if (ORG_NOUNS.has(tokens[k]?.lower ?? "")) return true;
  return false;
}

/** "The Northern Health Protection Agency (NHPA) confirmed": the token after a
 * short parenthesis at `at`, or `at` itself. */
function afterParenthesis(tokens: Token[], at: number): number {
  const closing = shortParenthesisClose(tokens, at);
  return closing >= 0 ? closing + 1 : at;
}

const MAX_WORDS_BEFORE_APPOSED_NAME = 6;

/** "Penhallow's coach, former British No 1 Martin Greaves, was more blunt": a name set off
 * after a description that opens the sentence, and followed by the verb, is the clause's subject. */
export function isApposedSubject(tokens: Token[], mentions: Mention[], m: Mention): boolean {
  if (m.form !== "name" || m.isEmbedded || tokens[m.next]?.text !== ",") return false;
  const verb = tokens[m.next + 1];
  if (!verb?.isWord || verb.isCap || NOT_VERBS.has(verb.lower)) return false;
  return mentions.some(
    (d) =>
      d.form === "nominal" &&
      d.kind === "person" &&
      d.first <= 1 &&
      tokens[d.last + 1]?.text === "," &&
      d.last < m.first &&
      m.first - d.last <= MAX_WORDS_BEFORE_APPOSED_NAME,
  );
}

const MAX_ASIDE = 18;

/** "Quintero, asked whether the summit had failed, paused …", "Halcyon, once one of the largest
 * exchanges, halted …": a name opening the sentence, set off by an aside, then its verb. */
export function isSetOffSubject(tokens: Token[], m: Mention): boolean {
  if (m.form !== "name" || m.isEmbedded || m.kind === "place" || m.first !== 0 || tokens[m.next]?.text !== ",")
    return false;
  // "Eligibility, he said, would …", "Floodwater, Delaney said, was …": a reporting aside, not a description.
  const opener = tokens[m.next + 1];
  if (!opener?.isWord || opener.isCap || PERSON_PRONOUNS.has(opener.lower)) return false;
  for (let k = m.next + 2; k < Math.min(tokens.length, m.next + MAX_ASIDE); k++) {
    const t = tokens[k] as Token;
    if (t.text === ";" || t.text === ":" || t.text === '"' || t.text === ".") return false;
    if (t.text !== ",") continue;
    const verb = tokens[k + 1];
    return verb !== undefined && verb.isWord && !verb.isCap && !NOT_VERBS.has(verb.lower) && isVerbForm(verb);
  }
  return false;
}

/** A finite verb by its form: "halted", "paused", "says", "was", "told". */
function isVerbForm(t: Token): boolean {
  return VERBISH.has(t.lower) || /[a-z]{2}(?:ed|es|s)$/.test(t.lower) || reportingVerb(t.lower) !== undefined;
}

const SUBORDINATORS = new Set(
  "after before when whenever because since until although though if while whereas once unless as".split(" "),
);

/** Whether a mention is the subject of a subordinate clause ("after Wexham's
 * Reid had equalized"): a subordinator opens its clause before it. Such
 * subjects are less likely referents of a later "he" than the main clause's. */
export function isInSubordinateClause(tokens: Token[], m: Mention): boolean {
  for (let k = m.first - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.text === "," || t.text === ";" || t.text === ":") return false;
    if (SUBORDINATORS.has(t.lower)) return true;
  }
  return false;
}
