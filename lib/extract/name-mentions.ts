import {
  COUNTRY_NAMES,
  DEMONYMS,
  FEMALE_TITLES,
  HONORIFICS,
  MALE_TITLES,
  PEERAGE_TITLES,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_HEADS,
  ORG_NOUNS,
  PLACE_NOUNS,
  PLACES,
} from "./lexicon";
import type { MakeMention, Mention, MentionContext } from "./mentions";
import { appositionAfter, bare, isRoleNoun, PARTY_AND_PLACE, roleAppositionBefore, roleStart, textOf } from "./roles";
import { isPossessiveMark, type Token } from "./tokens";
import type { Gender } from "./types";

/** Proper names in running text: runs of capitalized words, split into a
 * role ("Brazilian Finance Minister") and a name ("Ana Novak"), classified
 * as a person, organization or place, with the apposition that follows. */

const MULTIWORD_ORGS = new Set([
  "united nations",
  "european union",
  "white house",
  "downing street",
  "wall street",
  "silicon valley",
]);
const POST_NOMINALS = new Set(["KC", "QC", "SC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "PhD"]);
const REGNAL_NUMBERS = /^(?:II|III|IV|VI|VII|VIII|IX)$/;
const LOCATIVE = new Set([
  "in",
  "at",
  "from",
  "near",
  "outside",
  "across",
  "into",
  "around",
  "throughout",
  "to",
  "across",
  "toward",
  "towards",
]);
// Arabic and similar names write a lower-case article before the capital: al-Rashid, el-Din.
const PREFIXED_NAME = /^(?:al|el|ad|ash|as|at|az|ibn|bin|abu|d|de|da|di|van|von)[-'](\p{Lu})/u;

export function isNameWord(t: Token | undefined): boolean {
  if (t === undefined || !t.isWord) return false;
  return (t.isCap && !NOT_NAMES.has(t.lower)) || PREFIXED_NAME.test(t.text);
}

const isAcronym = (word: string) => word.length >= 2 && /^[\p{Lu}.&]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
const isHonorific = (t: Token | undefined) => t !== undefined && HONORIFICS.has(bare(t));
const isOrgWord = (t: Token) => ORG_NOUNS.has(bare(t)) || ORG_NOUNS.has(bare(t).replace(/s$/, ""));
// Persons take singular verbs; "Conditions were", "Leeds United have" are not people.
const PLURAL_VERB = /^(?:are|were|have)$/;

/** "Food and Drug Administration": the capitalized words after an "and" end
 * in an organization word, so the "and" is inside one name. */
function endsInstitution(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < from + 3 && isNameWord(tokens[k])) k++;
  const last = tokens[k - 1];
  return k > from && last !== undefined && isOrgWord(last);
}

const IRREGULAR_PLURALS = /^(?:children|people|women|men)$/;

/** "Lanka Exporters' Association", "the U.S. Attorney's Office", "Children's Hospital": a
 * possessive inside an institution's name, not a possessor ("Russia's Foreign Ministry"). */
function isPossessiveInsideName(tokens: Token[], at: number): boolean {
  const mark = tokens[at];
  const owner = tokens[at - 1];
  // Asked of most tokens in a run of capitals: only an apostrophe can open this.
  if (!mark || !owner || mark.text.charCodeAt(0) !== 39) return false;
  const isPluralPossessive = mark.text === "'" && /s$/.test(owner.lower);
  const isOfficeHolder = isPossessiveMark(mark) && (isRoleNoun(owner) || IRREGULAR_PLURALS.test(owner.lower));
  return (isPluralPossessive || isOfficeHolder) && endsInstitution(tokens, at + 1);
}

/** "United Auto Workers", "Teamsters", "National Union of Teachers": capitalized words ending in a plural of
 * people name the body they form, not a person. */
function namesMembers(tokens: Token[], from: number, end: number): boolean {
  const last = tokens[end - 1];
  return end - from > 1 && last !== undefined && last.isCap && isRoleNoun(last) && /[^s]s$/.test(last.lower);
}

function hasPossessiveInsideName(tokens: Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end; k++) if (isPossessiveInsideName(tokens, k)) return true;
  return false;
}

/** End (exclusive) of the run of capitalized words starting at `i`; "of",
 * "for", "and", "&" join capitals inside institutional names. */
export function runEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  let isInstitutional = isOrgWord(tokens[i] as Token) || isRoleNoun(tokens[i]);
  for (;;) {
    const next = tokens[j];
    if (!next) break;
    if (isNameWord(next)) {
      isInstitutional ||= isOrgWord(next) || isRoleNoun(next);
      j++;
      continue;
    }
    let k = j;
    while (tokens[k] && NAME_PARTICLES.has(tokens[k]?.lower ?? "")) k++;
    if (k > j && isNameWord(tokens[k])) {
      j = k + 1;
      continue;
    }
    if (isPossessiveInsideName(tokens, j)) {
      j += 1;
      continue;
    }
    const joins =
      next.lower === "of" ||
      next.text === "&" ||
      ((next.lower === "for" || next.lower === "and") && isInstitutional) ||
      (next.lower === "and" && j - i <= 2 && endsInstitution(tokens, j + 1));
    const after = tokens[j + 1]?.lower === "the" ? j + 2 : j + 1;
    if (!joins || !isNameWord(tokens[after])) break;
    isInstitutional = true;
    j = after + 1;
  }
  return j;
}

/** "the Heritage Rights Initiative (HRI)": a name followed by its own initials is an
 * organization's; people are not given acronyms. Joining words may be skipped ("of"). */
function acronymAfter(words: Token[], tokens: Token[], end: number): boolean {
  const acronym = tokens[end + 1]?.text ?? "";
  if (tokens[end]?.text !== "(" || tokens[end + 2]?.text !== ")" || !isAcronym(acronym)) return false;
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  const initials = words.filter((t) => t.isCap).map((t) => t.text.charAt(0).toUpperCase());
  return letters.length >= 2 && initials.join("") === letters;
}

// Nouns for businesses and bodies beyond the heads the press refers back with ("the company").
const ORGANIZATION_APPOSITION_HEADS = new Set([
  ...ORG_HEADS,
  ..."startup chain brand developer producer broadcaster publisher consultancy nonprofit supplier distributor conglomerate".split(
    " ",
  ),
]);
const APPOSITION_END = /^(?:[,;:().—"]|whose|which|that|with|in|of|for|who)$/;
const MAX_APPOSITION_WORDS = 6;

/** "Lumora, a London-based startup whose …", "Cascadia, the regional utility,": a name set off by
 * a noun phrase headed by an organization noun names an organization, whatever its words. */
function isDescribedAsOrganization(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== "," || !/^(?:a|an|the)$/.test(tokens[end + 1]?.lower ?? "")) return false;
  let k = end + 2;
  while (k < end + 2 + MAX_APPOSITION_WORDS && tokens[k] && !APPOSITION_END.test(tokens[k]?.lower ?? "")) k++;
  const head = tokens[k - 1];
  // "a record producer" is a person; "a migrant rights group" is a body whatever its modifiers.
  return k > end + 2 && head !== undefined && !isRoleNoun(head) && ORGANIZATION_APPOSITION_HEADS.has(head.lower);
}

/** "The water company, Aguas del Sur,": a name set off after a description headed by an organization noun. */
function isOrganizationDescribedBefore(tokens: Token[], from: number): boolean {
  const head = tokens[from - 2];
  if (tokens[from - 1]?.text !== "," || !head || isRoleNoun(head) || !ORGANIZATION_APPOSITION_HEADS.has(head.lower))
    return false;
  for (let k = from - 3; k >= Math.max(0, from - 2 - MAX_APPOSITION_WORDS); k--) {
    const t = tokens[k];
    // "The head of the local tourism office, Beat Imboden,": the head is a person's role.
    if (!t?.isWord || t.lower === "of" || isRoleNoun(t)) return false;
    // The description opens the clause; after "of" or "at" it would be a place in another phrase.
    if (/^(?:the|a|an)$/.test(t.lower)) return k === 0 || !tokens[k - 1]?.isWord;
  }
  return false;
}

/** Whether ", <country or region>" follows, closed by punctuation. */
function regionAfterComma(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ",") return false;
  for (const length of [1, 2, 3]) {
    const words = tokens.slice(end + 1, end + 1 + length);
    const closer = tokens[end + 1 + length];
    if (words.length === length && words.every((t) => t.isCap) && (!closer || /^[,.;)]$/.test(closer.text)))
      return PLACES.has(words.map((t) => t.lower).join(" "));
  }
  return false;
}

/** End of "of <Capitalized words>" right after a person's name, or `end`. */
function affiliationAfter(tokens: Token[], end: number): number {
  if (tokens[end]?.lower !== "of") return end;
  let k = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
  const start = k;
  while (k < start + 5 && tokens[k]?.isWord && tokens[k]?.isCap) k++;
  return k > start ? unitAfter(tokens, k) : end;
}

/** "of West Yorkshire police's economic crime unit,": after a body named at `end`, its own unit, up to the comma. */
function unitAfter(tokens: Token[], end: number): number {
  const possessive = ORG_NOUNS.has(tokens[end]?.lower ?? "") ? end + 1 : end;
  if (!isPossessiveMark(tokens[possessive])) return end;
  let unitEnd = possessive + 1;
  while (unitEnd < possessive + 5 && tokens[unitEnd]?.isWord && !tokens[unitEnd]?.isCap) unitEnd++;
  return tokens[unitEnd]?.text === "," && unitEnd > possessive + 1 ? unitEnd : end;
}

function classify(
  words: Token[],
  around: {
    before: Token | undefined;
    after: Token | undefined;
    region: boolean;
    acronym: boolean;
    afterLocative: boolean;
    describedAsOrganization: boolean;
  },
  isDateline: boolean,
): Mention["kind"] | null {
  const lower = words.map((t) => t.lower).join(" ");
  const capsCount = words.filter((t) => isAcronym(t.text)).length;
  // "DENVER (AP) —", "STAR QUITS!": datelines and shouted headlines; "F-16", "Boeing 737": designations.
  if (capsCount === words.length && (words.length > 1 || (isDateline && /^[,(—-]$/.test(around.after?.text ?? ""))))
    return null;
  if (words.some((t) => /\p{N}/u.test(t.text))) return null;
  if (PLACES.has(lower) || words.some((t) => PLACE_NOUNS.has(t.lower))) return "place";
  // "Reno, Nevada," / "Tromso, Norway,": a town placed in its region.
  if (around.region && words.length <= 2) return "place";
  if (isPeerage(words)) return "person";
  // "Harlow & Finch", "Procter & Gamble": people are not written with an ampersand.
  if (
    capsCount > 0 ||
    words.some((t) => isOrgWord(t) || t.lower === "of" || t.text === "&") ||
    namesMembers(words, 0, words.length) ||
    MULTIWORD_ORGS.has(lower) ||
    around.acronym
  )
    return "organization";
  if (words.every((t) => DEMONYMS.has(t.lower) || PLACES.has(t.lower))) return null;
  if (words.length === 1 && ((around.before && LOCATIVE.has(around.before.lower)) || around.afterLocative))
    return "place";
  if (PLURAL_VERB.test(around.after?.lower ?? "")) return words.length === 1 ? null : "organization";
  return around.describedAsOrganization ? "organization" : "person";
}

/** "Rónán Breathnach (of the Social Left)": two words that are no body's, place's, role's or plural,
 * as a given name and a surname are, before an affiliation. */
function looksLikePersonName(words: Token[]): boolean {
  return (
    words.length === 2 &&
    words.every(
      (t) => t.isCap && !isRoleNoun(t) && !PLACE_NOUNS.has(t.lower) && !PLACES.has(t.lower) && !/[^s]s$/.test(t.lower),
    )
  );
}

/** "Statistics Canada", "Transport Canada", "Sport England": a word that is no given name, then a country. */
function namesNationalBody(words: Token[], isPersonFirst: boolean): boolean {
  return words.length === 2 && !isPersonFirst && COUNTRY_NAMES.has(words[1]?.lower ?? "");
}

function titleCased(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** "Duchess of Kendal", "Emir of Qatar", and "the Duchess" after them: a person by title. */
function isPeerage(words: Token[]): boolean {
  const [title, next] = words;
  return title !== undefined && PEERAGE_TITLES.has(title.lower) && (words.length === 1 || next?.lower === "of");
}

function genderFrom(titleWords: Token[]): Gender | null {
  // "Ms Wiśniewska's brother": a title before a possessive belongs to the possessor.
  const possessive = titleWords.findLastIndex(isPossessiveMark);
  for (const t of titleWords.slice(possessive + 1)) {
    if (MALE_TITLES.has(bare(t))) return "male";
    if (FEMALE_TITLES.has(bare(t))) return "female";
  }
  return null;
}

type NameOptions = { context: MentionContext; isDateline: boolean };

/** The mention a run of capitals [from, end) makes, or null when it names nothing. */
export function nameMention(
  text: string,
  tokens: Token[],
  from: number,
  end: number,
  options: NameOptions,
  make: MakeMention,
): Mention | null {
  const { context } = options;
  let roleEnd = from;
  // A run ending in a role noun names no one: "the Business Secretary".
  const lastRole = isRoleNoun(tokens[end - 1]) ? end : end - 1;
  // "Regional Pilots Union": a run ending in an organization word is the organization's name throughout.
  // Not "Inspector Ruth Amberley of Wessex Police": a person of an organization.
  const hasOf = tokens.slice(from, end).some((t) => t.lower === "of");
  const namesOrganization =
    (end - from > 1 && !hasOf && isOrgWord(tokens[end - 1] as Token) && !isRoleNoun(tokens[end - 1])) ||
    namesMembers(tokens, from, end) ||
    hasPossessiveInsideName(tokens, from, end);
  for (let r = from; r < lastRole && !namesOrganization; r++) if (isRoleNoun(tokens[r])) roleEnd = r + 1;
  // "Unseeded Czech Jana Novak": description up to a nationality, then the name.
  // Only before an "of": in "Tomasz Wierzbicki of Baltic Equity Research" the demonym is the firm's.
  const ofIndex = tokens.slice(roleEnd, end).findIndex((t) => t.lower === "of");
  const descriptionEnd = ofIndex === -1 ? end : roleEnd + ofIndex;
  for (let r = roleEnd; r < descriptionEnd - 1 && !namesOrganization; r++)
    if (DEMONYMS.has(tokens[r]?.lower ?? "") && isNameWord(tokens[r + 1])) roleEnd = r + 1;
  let nameStart = roleEnd;
  // "Secretary of State Antony Blinken": the name is what follows the role's "of" phrase.
  if (/^(?:of|for|and|&)$/.test(tokens[nameStart]?.lower ?? "")) {
    const known = tokens.slice(nameStart, end).findIndex((t) => context.genderOfFirstName(t.text) !== null);
    nameStart = known > 0 ? nameStart + known : Math.max(nameStart + 2, end - 2);
  }
  while (nameStart < end - 1 && isHonorific(tokens[nameStart])) nameStart++;
  const titleWords = tokens.slice(from, nameStart);
  if (nameStart >= end || isHonorific(tokens[nameStart])) {
    const start = roleStart(tokens, from, end) ?? from;
    const isDefinite = tokens[start - 1]?.lower === "the";
    return make({
      kind: "person",
      form: "nominal",
      first: start,
      last: end - 1,
      core: [start, end],
      name: null,
      role: textOf(text, tokens, start, end),
      head: bare(tokens[end - 1] as Token),
      gender: genderFrom(titleWords),
      isDefinite,
    });
  }
  // "Ana Diaz of the University of Leeds": a person, then where they work.
  let nameEnd = end;
  const ofAt = tokens.slice(nameStart, end).findIndex((t) => t.lower === "of");
  const isPersonFirst = titleWords.length > 0 || context.genderOfFirstName(tokens[nameStart]?.text ?? "") !== null;
  const beforeOf = tokens.slice(nameStart, nameStart + Math.max(ofAt, 0));
  if (ofAt > 0 && (isPersonFirst || looksLikePersonName(beforeOf)) && !beforeOf.some(isOrgWord))
    nameEnd = nameStart + ofAt;
  // "Rebecca Thorne KC", "Pieter van der Merwe SC": letters after a person's name are not an acronym's.
  const lastWord = tokens[nameEnd - 1]?.text ?? "";
  // "Oba Adetokunbo Ajiboye II", "Charles III": a regnal number, like letters after a name, is no acronym.
  const hasPostNominal =
    (nameEnd - nameStart > 2 && POST_NOMINALS.has(lastWord)) ||
    (nameEnd - nameStart > 1 && REGNAL_NUMBERS.test(lastWord));
  if (hasPostNominal) nameEnd--;
  const nameWords = tokens.slice(nameStart, nameEnd);
  // "BRIAN OTIENO came off the bench": a tabloid lede shouts a name that starts with a given name.
  const isShoutedName =
    nameWords.length >= 2 &&
    nameWords.length <= 3 &&
    nameWords.every((t) => isAcronym(t.text)) &&
    context.genderOfFirstName(titleCased(nameWords[0]?.text ?? "")) !== null;
  const kind = isShoutedName
    ? "person"
    : classify(
        nameWords,
        {
          before: tokens[from - 1],
          after: tokens[end],
          region: regionAfterComma(tokens, end),
          acronym: nameEnd === end && acronymAfter(nameWords, tokens, end),
          // "a villa in the Algarve": a lone name after a locative and "the" is a place.
          afterLocative: LOCATIVE.has(tokens[from - 1]?.lower === "the" ? (tokens[from - 2]?.lower ?? "") : ""),
          describedAsOrganization:
            (nameEnd === end && !isPersonFirst && isDescribedAsOrganization(tokens, end)) ||
            (!isPersonFirst && isOrganizationDescribedBefore(tokens, from)) ||
            namesNationalBody(nameWords, isPersonFirst),
        },
        options.isDateline,
      );
  if (!kind) return null;
  let first = from;
  let role: string | null = null;
  let closesApposition = false;
  // "The Duchess visited": a title of nobility takes "the" as part of the name.
  if (kind === "person" && isPeerage(nameWords) && tokens[from - 1]?.lower === "the") first = from - 1;
  else if (kind === "person") {
    const start = roleStart(tokens, from, roleEnd);
    if (start !== null) {
      first = start;
      role = textOf(text, tokens, start, roleEnd);
    }
    const appositive = roleAppositionBefore(tokens, first);
    if (appositive) {
      role ??= textOf(text, tokens, appositive[0], appositive[1]);
      titleWords.push(...tokens.slice(appositive[0], appositive[1]));
      // "the head of the board, X" starts at its determiner; "Halden's launch director, X" at the possessor.
      first = tokens[appositive[0] - 1]?.isWord ? appositive[0] - 1 : appositive[0];
      // "The head of the board, X, told": the name closes the apposition.
      closesApposition = tokens[end]?.text === ",";
    }
  }
  const mention = make({
    kind,
    form: "name",
    first,
    last: hasPostNominal ? nameEnd : nameEnd - 1,
    core: [nameStart, nameEnd],
    name: isShoutedName
      ? nameWords.map((t) => t.text.split("-").map(titleCased).join("-")).join(" ")
      : textOf(text, tokens, nameStart, nameEnd),
    role,
    head: roleEnd > from ? bare(tokens[roleEnd - 1] as Token) : null,
    gender:
      genderFrom(first < from ? [...tokens.slice(first, from), ...titleWords] : titleWords) ??
      (isPeerage(nameWords) ? (PEERAGE_TITLES.get(nameWords[0]?.lower ?? "") ?? null) : null),
    isDefinite: true,
  });
  mention.next = closesApposition ? end + 1 : end;
  mention.describedUntil = end;
  // "Pastor X of First Lutheran, whose church …, said": where a person is from describes them.
  // The run may already hold the affiliation ("Carl Hebden of West Yorkshire"), up to its unit.
  const holdsAffiliation = nameEnd < end && tokens[nameEnd]?.lower === "of";
  const affiliationEnd =
    kind !== "person" || closesApposition
      ? end
      : holdsAffiliation
        ? unitAfter(tokens, end)
        : affiliationAfter(tokens, end);
  if (affiliationEnd > end) {
    mention.next = affiliationEnd;
    mention.describedUntil = affiliationEnd;
  }
  // Appositions and asides may follow one another: "X, 58, from Leeds, has".
  for (
    let apposition = appositionAfter(tokens, affiliationEnd);
    apposition;
    apposition = appositionAfter(tokens, apposition.to - 1)
  ) {
    mention.next = apposition.to;
    // "Gregory Vance, 58,": an age alone between commas.
    const age = tokens[apposition.from];
    if (kind === "person" && apposition.to - apposition.from === 2 && age && /^\d{1,3}$/.test(age.text))
      mention.age = Number(age.text);
    // ", D-St. Louis,": a legislator's party and home describe them, though they are no role.
    if (apposition.isRole || PARTY_AND_PLACE.test(tokens[apposition.from]?.text ?? ""))
      mention.describedUntil = apposition.to;
    if (apposition.isRole && kind === "person") {
      const roleFrom = /^(?:a|an|the)$/.test(tokens[apposition.from]?.lower ?? "")
        ? apposition.from + 1
        : apposition.from;
      const roleTo = tokens[apposition.to - 1]?.text === "," ? apposition.to - 1 : apposition.to;
      const appositionRole = textOf(text, tokens, roleFrom, roleTo).replace(/[.\s]+$/, "");
      if (!mention.role || appositionRole.length > mention.role.length) mention.role = appositionRole;
      mention.gender ??= genderFrom(tokens.slice(roleFrom, roleTo));
    }
    if (tokens[apposition.to - 1]?.text !== ",") break;
  }
  return mention;
}
