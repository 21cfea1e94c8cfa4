import type { Gender, SpeakerKind } from "./types";
import { genderOfFirstName, genderOfSurname, normalizeName } from "./names";
import {
  compareGivenNames,
  compareSurnames,
  isLeadingFamilyName,
  parsePersonName,
  type GivenNameMatch,
  type PersonName,
} from "./person-name";
import { compareRoles, type RoleAgreement } from "./speaker-roles";
import { canonicalEntity, createEmptyLexicon } from "./topics";
import { countryKeyOfWord, NAME_STOP_WORDS } from "./entity-gazetteer";
import { slugify } from "./word-tokens";

/**
 * Whether two name records (from one article or two) are one speaker, by
 * rules on names, transliteration and roles; never by a table of people.
 */
export type SpeakerIdentity = { name: string; kind: SpeakerKind; role: string | null; aliases: string[] };

export const SAME_SPEAKER_THRESHOLD = 0.6;

const GIVEN_NAME_SCORES: Record<GivenNameMatch, number> = {
  same: 0.95,
  variant: 0.9,
  initial: 0.8,
  missing: 0.5,
  conflict: 0.05,
};
const GENDER_AGREEMENT_BONUS = 0.1;
const ROLE_ADJUSTMENTS: Record<RoleAgreement, number> = { agree: 0.15, conflict: -0.45, unknown: 0 };
const PRONOUN_OR_DESCRIPTION = /^(?:he|she|they|it|the|a|an|his|her|their|its)\b/i;

/** The fullest written form of a person's name among the name and its aliases. */
function fullestPersonName(identity: SpeakerIdentity): PersonName | null {
  const forms = [identity.name, ...identity.aliases].filter(
    (form) => /\p{Lu}/u.test(form) && !PRONOUN_OR_DESCRIPTION.test(form.trim()),
  );
  let fullest: PersonName | null = null;
  for (const form of forms) {
    const parsed = parsePersonName(form);
    if (parsed && (!fullest || parsed.given.length > fullest.given.length)) fullest = parsed;
  }
  return fullest;
}

function genderOf(name: PersonName): Gender | null {
  const [first] = name.given;
  return (first ? genderOfFirstName(first) : null) ?? genderOfSurname(name.surname);
}

function haveSameKnownGender(a: PersonName, b: PersonName): boolean {
  const gender = genderOf(a);
  return gender !== null && gender === genderOf(b);
}

function personSimilarity(a: SpeakerIdentity, b: SpeakerIdentity): number {
  const nameA = fullestPersonName(a);
  const nameB = fullestPersonName(b);
  if (!nameA || !nameB) return 0;
  let base: number;
  const surnames = compareSurnames(nameA, nameB);
  if (surnames !== "different") {
    const given = compareGivenNames(nameA, nameB);
    base = GIVEN_NAME_SCORES[given] * (surnames === "close" ? 0.9 : 1);
    // A lone surname whose gendered ending agrees with the other's given name is some evidence.
    if (given === "missing" && haveSameKnownGender(nameA, nameB)) base += GENDER_AGREEMENT_BONUS;
  } else if (isLeadingFamilyName(nameA, nameB) || isLeadingFamilyName(nameB, nameA)) {
    base = GIVEN_NAME_SCORES.missing;
  } else {
    return 0;
  }
  return clamp(base + ROLE_ADJUSTMENTS[compareRoles(a.role, b.role)]);
}

/** Content words of an organization's name, demonyms read as their country. */
function organizationWords(name: string): Set<string> {
  const words = new Set<string>();
  for (const word of normalizeName(name).split(" ")) {
    if (!word || NAME_STOP_WORDS.has(word)) continue;
    words.add(countryKeyOfWord(word) ?? word.replace(/isation$/, "ization"));
  }
  return words;
}

function isAcronymOf(acronym: string, name: string): boolean {
  if (!/^[A-Z][A-Z0-9&.]{1,9}$/.test(acronym.trim())) return false;
  const initials = normalizeName(name)
    .split(" ")
    .filter((word) => word && !NAME_STOP_WORDS.has(word))
    .map((word) => word[0])
    .join("");
  return initials === acronym.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
}

const GAZETTEER_ONLY = createEmptyLexicon();

function organizationSimilarity(a: SpeakerIdentity, b: SpeakerIdentity): number {
  let best = 0;
  for (const formA of [a.name, ...a.aliases]) {
    for (const formB of [b.name, ...b.aliases]) best = Math.max(best, organizationFormSimilarity(formA, formB));
  }
  return clamp(best + (best > 0 ? ROLE_ADJUSTMENTS[compareRoles(a.role, b.role)] : 0));
}

function organizationFormSimilarity(formA: string, formB: string): number {
  if (normalizeName(formA).replace(/^the /, "") === normalizeName(formB).replace(/^the /, "")) return 1;
  const wordsA = organizationWords(formA);
  const wordsB = organizationWords(formB);
  if (wordsA.size && wordsA.size === wordsB.size && [...wordsA].every((word) => wordsB.has(word))) return 0.95;
  const entityA = canonicalEntity(formA, GAZETTEER_ONLY);
  if (entityA && entityA === canonicalEntity(formB, GAZETTEER_ONLY)) return 0.95;
  if (isAcronymOf(formA, formB) || isAcronymOf(formB, formA)) return 0.9;
  // "Foreign Ministry" may be the "Russian Foreign Ministry", if roles agree.
  const [smaller, larger] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA];
  return smaller.size >= 2 && [...smaller].every((word) => larger.has(word)) ? 0.5 : 0;
}

function clamp(score: number): number {
  return Math.min(1, Math.max(0, score));
}

export function speakerSimilarity(a: SpeakerIdentity, b: SpeakerIdentity): number {
  if (a.kind !== b.kind) return 0;
  return a.kind === "person" ? personSimilarity(a, b) : organizationSimilarity(a, b);
}

export function isSameSpeaker(a: SpeakerIdentity, b: SpeakerIdentity): boolean {
  return speakerSimilarity(a, b) >= SAME_SPEAKER_THRESHOLD;
}

export function speakerSlug(name: string): string {
  return slugify(name) || "speaker";
}
