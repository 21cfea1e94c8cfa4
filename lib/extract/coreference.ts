import { memoizeByString } from "./memoize";
import {
  AGENCY_HEADS,
  COMPANY_HEADS,
  GENERIC_ORG_HEADS,
  INSTITUTION_WORDS,
  NAME_WORDS_OF_HEAD,
  OTHER_KIND_WORDS,
  PUBLIC_BODY_WORDS,
  roleNames,
} from "./description-words";
import { ANONYMOUS_SOURCE_HEADS, NAME_PARTICLES, SPOKESPEOPLE } from "./lexicon";
import type { Mention } from "./mentions";
import { isEpithet } from "./nominal-mentions";
import { genderOfFirstName, genderOfSurname, isKnownFirstName, normalizeName } from "./names";
import { haveCommonKey, transliterationKeys } from "./transliteration";
import type { Gender, SpeakerKind } from "./types";

/**
 * Who each mention refers to. Mentions are read in text order: names join
 * the person or organization they name (a surname joins the full name given
 * earlier; a full name given later upgrades an earlier surname), nominal
 * mentions ("the minister", "the bank") join the latest entity whose role or
 * name has that noun, and pronouns join the latest compatible subject.
 */

export type Entity = {
  id: number;
  kind: SpeakerKind;
  /** A country or city speaking for its government ("Moscow said"). */
  isPlace: boolean;
  /** The fullest name seen; null for people known only by a role. */
  name: string | null;
  words: readonly string[];
  aliases: string[];
  roles: string[];
  gender: Gender | null;
  /** How the gender is known: title 3, first name 2, surname ending 1, a pronoun 0. */
  genderStrength: number;
  lastSeen: number;
  lastSubject: number;
  /** Given beside a name ("Gregory Vance, 58,"), for "the 58-year-old". */
  age: number | null;
};

/** A pronoun or description that comes before the name it refers to ("she
 * stated …" opening an article, "the firm's finance director" before "Ms X"). */
type Pending = { mention: Mention; gender: Gender | null };

const CATAPHORA_WINDOW = 600;
const AGE_DESCRIPTION = /\b(\d{1,3})-year-old\b/;
const AGENT_PLURAL = /^\p{Lu}\p{Ll}+[^e]ers$/u;
const THE = /^the\s/i;
const JOINING_WORDS = new Set(["of", "the", "and", "for", "&"]);
// Descriptions any office holder fits ("a senior official" … "X, Secretary of the Council").
const GENERIC_PERSON_HEADS = new Set(["official", "officer", "figure", "leader", "politician"]);

const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/** The words of a name without a generational suffix; shared between calls, so read-only. */
const nameWords = memoizeByString((name: string): readonly string[] => {
  const words = normalizeName(name).split(" ").filter(Boolean);
  while (words.length > 1 && SUFFIX.test(words[words.length - 1] ?? "")) words.pop();
  return words;
});

// Particles that open a surname: Mac Gearailt, Ní Bhraonáin, Ó Súilleabháin, van der Merwe, de la Cruz.
const SURNAME_PARTICLES = new Set([..."mac mc ni nic o ua ui".split(" "), ...NAME_PARTICLES]);

/** A surname alone: one word, or words that open with a particle. */
function isSurnameOnly(words: readonly string[]): boolean {
  return words.length === 1 || SURNAME_PARTICLES.has(words[0] ?? "");
}

function sameWord(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return a === b || haveCommonKey(transliterationKeys(a), transliterationKeys(b));
}

/** The words of a description before its head ("mexico", "culture" in "Mexico's culture ministry"). */
function modifiersOf(mention: Mention): readonly string[] {
  return nameWords((mention.name ?? "").replace(/['’]s\b/g, "")).slice(0, -1);
}

function isSpokesperson(mention: Mention): boolean {
  return mention.form === "nominal" && SPOKESPEOPLE.has(mention.head ?? "");
}

/** The entity with the highest `key`; of equals, the one created last. */
function latestBy(entities: readonly Entity[], key: (e: Entity) => number): Entity | null {
  return entities.reduce<Entity | null>((best, e) => (best && key(best) > key(e) ? best : e), null);
}

function setGender(entity: Entity, gender: Gender | null, strength: number): void {
  if (gender && strength > entity.genderStrength) {
    entity.gender = gender;
    entity.genderStrength = strength;
  }
}

export class Coreference {
  readonly entities: Entity[] = [];
  readonly resolved = new Map<Mention, Entity>();
  private readonly pending: Pending[] = [];
  /** Descriptions settled on a name that gave no role of its own, which a better-fitting name may still take. */
  private readonly tentative: Pending[] = [];
  private latestSpeaker: Entity | null = null;

  /** `ledeEnd`: where the article's first paragraph ends. */
  constructor(private readonly ledeEnd: number) {}

  /** `isSubject`: the mention is a clause subject or a speaker, which makes it
   * the likely referent of a later pronoun. */
  resolve(mention: Mention, isSubject: boolean): Entity | null {
    const entity = this.find(mention, isSubject) ?? this.unnamedSource(mention);
    if (!entity) {
      // An indefinite description waits for a name only in the lede ("a senior diplomat has warned … X, the envoy, said").
      const isDescription =
        mention.form === "nominal" && mention.kind === "person" && (mention.isDefinite || mention.start < this.ledeEnd);
      const isCataphoric = (mention.form === "pronoun" && mention.gender) || isDescription;
      if (isCataphoric && !mention.isEmbedded) this.pending.push({ mention, gender: mention.gender });
      return null;
    }
    this.resolved.set(mention, entity);
    if (mention.role && !entity.roles.includes(mention.role)) entity.roles.push(mention.role);
    if (mention.age !== null) entity.age = mention.age;
    if (mention.form === "name" && mention.name && !entity.aliases.includes(mention.name))
      entity.aliases.push(mention.name);
    // A possessor opening the sentence ("Novak's serve let her down …") is what it is about.
    if (!mention.isEmbedded || mention.isPossessor) {
      entity.lastSeen = mention.start;
      if (isSubject) entity.lastSubject = mention.start;
    }
    return entity;
  }

  /** Whom a speaking mention speaks for. A spokesperson whose role names a body ("The Starling Air
   * spokeswoman", "a spokesperson for the ministry") speaks for it before any name that follows;
   * otherwise the mention's own referent, then the body in its role ("A Department of Energy
   * official"), then the body a spokesperson's role describes. */
  speaksFor(mention: Mention): Entity | null {
    const organization = mention.organization ? this.resolved.get(mention.organization) : undefined;
    if (isSpokesperson(mention) && (mention.organization || /\p{Lu}/u.test(mention.role ?? ""))) {
      const body = organization ?? this.speakerFor(mention);
      if (body) return body;
    }
    return this.resolved.get(mention) ?? organization ?? this.speakerFor(mention);
  }

  /** "a Lumora spokeswoman": the entity the capitalized words of a
   * spokesperson's role name, if the article has named it. */
  private speakerFor(mention: Mention): Entity | null {
    if (!isSpokesperson(mention)) return null;
    const capitalized = (mention.role ?? "").split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
    if (capitalized.length === 0) {
      // "a force spokesperson", "a council spokesperson": the article's police force, its council.
      const head = (mention.role ?? "")
        .toLowerCase()
        .split(/\s+/)
        .find((word) => NAME_WORDS_OF_HEAD[word] !== undefined || PUBLIC_BODY_WORDS.has(word));
      const described = head ? this.organizationCalled(head, true) : null;
      // "The water company, Aguas del Sur, sees it differently. A spokesman said …": the organization acting last.
      return described ?? this.actingOrganization();
    }
    const words = nameWords(capitalized.join(" "));
    // "a Solantis spokeswoman" for Solantis Microsystems, "a Haddad spokesman" for Farid Haddad,
    // "an NHPA spokesperson" for the Northern Health Protection Agency.
    const [word] = words;
    return (
      this.entities.find((e) => e.name !== null && e.words.join(" ") === words.join(" ")) ??
      this.organizationNamedBy(words) ??
      (words.length === 1 && word !== undefined
        ? this.entities.find((e) => e.name !== null && (e.words[0] === word || e.words.at(-1) === word))
        : undefined) ??
      null
    );
  }

  /** The organization the article has most recently made a clause subject, not a place. */
  private actingOrganization(): Entity | null {
    return latestBy(
      this.entities.filter((e) => e.kind === "organization" && !e.isPlace && e.lastSubject >= 0),
      (e) => e.lastSubject,
    );
  }

  /** The entity becomes the latest speaker; pronouns still waiting for a
   * referent take it when compatible. */
  noteSpeaker(entity: Entity): void {
    this.latestSpeaker = entity;
    this.settlePending(entity, (p) => p.mention.form === "pronoun");
  }

  private settlePending(entity: Entity, applies: (p: Pending) => boolean): void {
    for (const pending of this.pending.splice(0)) {
      const fits =
        entity.kind === "person" &&
        (entity.gender === null || pending.gender === null || entity.gender === pending.gender);
      if (applies(pending) && fits) {
        this.resolved.set(pending.mention, entity);
        if (pending.mention.form === "nominal") this.tentative.push(pending);
      } else this.pending.push(pending);
    }
  }

  /** "the firm's finance director … Ms X": a description just before a new
   * name is that person. A name whose own role says something else is not; a
   * name with no role takes the description only until a name whose role
   * shares its noun comes ("a judge … Gordon Pike, 61, … Judge Helen X"). */
  private settleDescriptions(entity: Entity, name: Mention): void {
    if (name.isEmbedded) return;
    const role = name.role?.toLowerCase() ?? null;
    const isDescription = (p: Pending) => p.mention.form === "nominal" && name.start - p.mention.end < CATAPHORA_WINDOW;
    const sharesHead = (p: Pending) => role !== null && roleNames(role, p.mention.head ?? "");
    for (const settled of this.tentative.splice(0)) {
      if (sharesHead(settled) && isDescription(settled)) this.resolved.set(settled.mention, entity);
      else this.tentative.push(settled);
    }
    const isGeneric = (p: Pending) => GENERIC_PERSON_HEADS.has(p.mention.head ?? "");
    this.settlePending(entity, (p) => isDescription(p) && (role === null || sharesHead(p) || isGeneric(p)));
  }

  private create(mention: Mention, kind: SpeakerKind, name: string | null): Entity {
    const entity: Entity = {
      id: this.entities.length,
      kind,
      isPlace: mention.kind === "place",
      name,
      words: name ? nameWords(name) : [],
      aliases: [],
      roles: [],
      gender: null,
      genderStrength: -1,
      lastSeen: mention.start,
      lastSubject: -1,
      age: null,
    };
    this.entities.push(entity);
    return entity;
  }

  /** "a crane operator", "one trader at a bank": someone the article leaves
   * unnamed. An entity without a name is nobody's speaker, but it takes the
   * pronouns after it ("…," he said), which would otherwise go to the last
   * named person. In the lede a description may still wait for its name, and
   * a spokesperson speaks for the organization in their role. */
  private unnamedSource(mention: Mention): Entity | null {
    const head = mention.head ?? "";
    const isPlural = head.endsWith("s") && !head.endsWith("ss");
    const isUnnamedPerson =
      mention.form === "nominal" &&
      mention.kind === "person" &&
      !mention.isDefinite &&
      !mention.isEmbedded &&
      !isPlural;
    const waitsForName = mention.start < this.ledeEnd && !ANONYMOUS_SOURCE_HEADS.has(head);
    if (!isUnnamedPerson || waitsForName) return null;
    if (SPOKESPEOPLE.has(head)) return null;
    const entity = this.create(mention, "person", null);
    setGender(entity, mention.gender, 3);
    return entity;
  }

  /** `isSubject`: the mention speaks or is the main clause's subject. */
  private find(mention: Mention, isSubject: boolean): Entity | null {
    if (mention.form === "pronoun") return this.pronoun(mention);
    if (mention.kind === "group") return null;
    if (mention.form === "nominal")
      return mention.kind === "organization"
        ? this.nominalOrganization(mention)
        : this.nominalPerson(mention, isSubject);
    const name = mention.name ?? mention.surface;
    const words = nameWords(name);
    const organization = this.organizationNamedBy(words);
    if (organization) return organization;
    if (mention.kind !== "person") {
      const key = words.join(" ");
      return (
        this.entities.find((e) => e.kind === "organization" && e.words.join(" ") === key) ??
        this.create(mention, "organization", name)
      );
    }
    // "Keepers said …", "Rescuers said …": a plural of a doer opening the sentence, and no one's surname yet.
    const isGroupNoun = mention.first === 0 && words.length === 1 && AGENT_PLURAL.test(name);
    if (isGroupNoun && !this.entities.some((e) => e.kind === "person" && e.words.includes(words[0] ?? ""))) return null;
    const entity = this.person(mention, name, isSubject);
    setGender(entity, mention.gender, 3);
    const [first] = entity.words;
    if (entity.words.length > 1 && first) setGender(entity, genderOfFirstName(first), 2);
    setGender(entity, genderOfSurname(entity.words[entity.words.length - 1] ?? ""), 1);
    return entity;
  }

  /** "Nimbus" for Nimbus Systems Inc., "WHO" for the World Health
   * Organization: a one-word name that is the first word or the initials of
   * an organization the article has named in full. */
  private organizationNamedBy(words: readonly string[]): Entity | null {
    const [word] = words;
    if (words.length !== 1 || !word) return null;
    return (
      this.entities.find((e) => {
        if (e.kind !== "organization" || e.words.length < 2) return false;
        const initials = e.words
          .filter((w) => !JOINING_WORDS.has(w))
          .map((w) => w[0])
          .join("");
        return e.words[0] === word || (word.length >= 2 && initials === word);
      }) ?? null
    );
  }

  /** `isSubject`: a new name settles the descriptions waiting for it only as a subject or speaker
   * ("a prosecutor told jurors … ¶ Carla Brandt said"; not "rejected Opposition demands"). */
  private person(mention: Mention, name: string, isSubject: boolean): Entity {
    const words = nameWords(name);
    const last = words[words.length - 1];
    const people = this.entities.filter((e) => e.kind === "person" && e.words.length > 0);
    const match =
      people.find((e) => e.words.join(" ") === words.join(" ")) ??
      // Of two people with one surname ("Sunita Kanwar", "Vikrant Kanwar"), the one who last acted or spoke.
      latestBy(
        people.filter((e) => {
          if (!sameWord(e.words[e.words.length - 1], last)) return false;
          // One side gives only the surname ("Mac Gearailt", "Ní Bhraonáin" with their particles), or
          // both give compatible first names.
          return isSurnameOnly(words) || isSurnameOnly(e.words) || sameWord(e.words[0], words[0]);
        }),
        (e) => e.lastSubject,
      ) ??
      (words.length === 1 ? people.findLast((e) => e.words.length > 1 && sameWord(e.words[0], words[0])) : undefined);
    if (!match) {
      const created = this.create(mention, "person", name);
      if (isSubject) this.settleDescriptions(created, mention);
      return created;
    }
    if (words.length > match.words.length) {
      match.name = name;
      match.words = words;
    }
    return match;
  }

  private nominalPerson(mention: Mention, isSubject: boolean): Entity | null {
    if (!mention.isDefinite) return null;
    const head = mention.head ?? "";
    // "the 58-year-old" is the person given that age, if the article gave one.
    const age = AGE_DESCRIPTION.exec(mention.surface)?.[1];
    const aged = age
      ? latestBy(
          this.entities.filter((e) => e.age === Number(age)),
          (e) => e.lastSeen,
        )
      : null;
    if (aged) return aged;
    // "the Spaniard", "the 24-year-old" describe no role: like "he" or "she", the latest subject.
    if (isEpithet(mention)) return this.pronoun(mention);
    const isAgeDescribed = /^(?:the\s+)?\d+-year-old\b/i.test(mention.role ?? "");
    const withRole = this.entities.filter((e) => e.kind === "person" && e.roles.some((r) => roleNames(r, head)));
    const byRole = latestBy(withRole, (e) => e.lastSeen);
    if (byRole) return byRole;
    // "the 34-year-old nurse" refers back like "the 34-year-old" when no one was called a nurse.
    if (isAgeDescribed) return this.pronoun(mention);
    // "“…,” said Mayhew. … The captain insisted …": with no one given that role, a description with
    // "the" that speaks refers back to the person the article follows, when that person is both the
    // latest subject and the latest speaker, and has no role of their own.
    const isPlural = head.endsWith("s") && !head.endsWith("ss");
    if (!isSubject || isPlural || !THE.test(mention.surface)) return null;
    // Someone the article gave another role ("manager Iñaki Larrea") is not "the striker".
    const followed = this.pronoun(mention);
    return followed !== null && followed === this.latestSpeaker && followed.roles.length === 0 ? followed : null;
  }

  private nominalOrganization(mention: Mention): Entity | null {
    const words = (mention.name ?? "").split(/\s+/).length;
    // A longer description than "the company" names its own organization.
    const called = this.organizationCalled(mention.head ?? "", words <= 2, modifiersOf(mention));
    if (called) return called;
    // "the city's housing authority" names one; "a crane operator" is no organization.
    return words > 1 && mention.isDefinite ? this.create(mention, "organization", mention.name) : null;
  }

  /** The organization a common noun `head` refers to: the latest whose name holds it (or a word
   * for its trade), else, for a bare generic head ("the club", "the company"), the organization the
   * article is about: the latest one acting as a subject. */
  private organizationCalled(head: string, isBare: boolean, modifiers: readonly string[] = []): Entity | null {
    const organizations = this.entities.filter((e) => e.kind === "organization");
    // The head anywhere in the name ("the bank": Bank of Canada); a word for it only as the name's own head
    // ("the force": Wessex Police, not the Independent Office for Police Conduct).
    const tradeWords = NAME_WORDS_OF_HEAD[head] ?? [];
    const withHead = organizations.filter((e) => e.words.includes(head) || tradeWords.includes(e.words.at(-1) ?? ""));
    // "the police department" is the one whose name says police, and "Mexico's culture ministry" is not
    // the Spanish foreign ministry named before: a description no name fits is a body of its own.
    const specified = withHead.filter((e) => modifiers.every((word) => e.words.some((own) => sameWord(own, word))));
    const named = latestBy(modifiers.length > 0 ? specified : withHead, (e) => e.lastSeen);
    if (named || !GENERIC_ORG_HEADS.has(head) || !isBare) return named;
    // "the company" is not the Federal Trade Commission that sues it, nor a school.
    const isNoCompany = (e: Entity) =>
      e.words.some((word) => PUBLIC_BODY_WORDS.has(word) || INSTITUTION_WORDS.has(word));
    const isOtherKind = (e: Entity) => AGENCY_HEADS.has(head) && e.words.some((word) => OTHER_KIND_WORDS.has(word));
    const bodies = organizations.filter(
      (e) => !e.isPlace && !(COMPANY_HEADS.has(head) && isNoCompany(e)) && !isOtherKind(e),
    );
    const acting = latestBy(
      bodies.filter((e) => e.lastSubject >= 0),
      (e) => e.lastSubject,
    );
    if (acting) return acting;
    // "Halvorsen Polymers … the company": with no organization acting, a name that was read
    // as a person but has no given name and no gender, and acted, is the company the article is about
    // (rather than the investors merely named: "a round led by Northfield Ventures").
    const misread = COMPANY_HEADS.has(head)
      ? latestBy(
          this.entities.filter(
            (e) =>
              e.kind === "person" &&
              e.name !== null &&
              e.gender === null &&
              e.roles.length === 0 &&
              e.lastSubject >= 0 &&
              !isKnownFirstName(e.words[0] ?? ""),
          ),
          (e) => e.lastSubject,
        )
      : null;
    if (misread) {
      misread.kind = "organization";
      return misread;
    }
    return latestBy(bodies, (e) => e.lastSeen);
  }

  private pronoun(mention: Mention): Entity | null {
    const wantsPerson = mention.kind === "person";
    const candidates = this.entities.filter(
      (e) => (wantsPerson ? e.kind === "person" : e.kind === "organization") && e.lastSeen < mention.start,
    );
    // "it" is a company or a body; a town or a country only when it acted as a subject ("Moscow said it …").
    const compatible = candidates.filter((e) =>
      wantsPerson
        ? e.gender === null || mention.gender === null || e.gender === mention.gender
        : !e.isPlace || e.lastSubject >= 0,
    );
    const bySubject = compatible.filter((e) => e.lastSubject >= 0);
    const pool = bySubject.length > 0 ? bySubject : compatible;
    const key = (e: Entity) => (bySubject.length > 0 ? e.lastSubject : e.lastSeen);
    const best = latestBy(pool, key);
    const chosen = best ?? (wantsPerson && this.latestSpeaker?.kind === "person" ? this.latestSpeaker : null);
    if (chosen && mention.gender) setGender(chosen, mention.gender, 0);
    return chosen;
  }
}
