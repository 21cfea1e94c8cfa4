import {
  ANONYMOUS_SOURCE_HEADS,
  GROUP_NOUNS,
  HONORIFICS,
  ORG_HEADS,
  ORG_NOUNS,
  PERSON_PRONOUNS,
  PLACE_NOUNS,
  ROLE_NOUNS,
  SPEECH_NOUNS,
  SPOKESPEOPLE,
} from "./lexicon";
import type { LowercaseWords } from "./lowercase-words";
import { isNameWord, nameMention, runEnd } from "./name-mentions";
import { epithetMention, nominalMention } from "./nominal-mentions";
import { reportingVerb } from "./reporting-verbs";
import { bare, PARTY_AND_PLACE } from "./roles";
import type { Token } from "./tokens";
import type { Gender } from "./types";

/** Someone or something a sentence refers to, with the role it gives them. */
export type Mention = {
  kind: "person" | "organization" | "place" | "group";
  /** name: a proper name; nominal: "the minister", "the company"; pronoun: "he". */
  form: "name" | "nominal" | "pronoun";
  /** Token range of the whole mention, a role before the name included. */
  first: number;
  last: number;
  /** Token index where a verb can follow: after any apposition or affiliation. */
  next: number;
  /** End (exclusive) of the words that describe the mention: its role, a role
   * apposition, an affiliation. Mentions inside are only mentioned; a relative
   * clause after it ("X, who …") is skipped by `next` but describes nothing. */
  describedUntil: number;
  /** The words as written that refer ("Halloran", "the minister", "he"). */
  surface: string;
  start: number;
  end: number;
  name: string | null;
  role: string | null;
  /** Head noun of a nominal mention or of the role ("minister", "ministry"). */
  head: string | null;
  gender: Gender | null;
  /** "the minister" refers back; "a spokesperson" is someone new. */
  isDefinite: boolean;
  /** Inside another mention's role, apposition or possessive: mentioned, never the speaker. */
  isEmbedded: boolean;
  /** Followed by a possessive ("Halloran's comments"). */
  isPossessor: boolean;
  /** The organization named in an unnamed person's role ("a spokesperson for X"). */
  organization: Mention | null;
  /** A person's age given beside their name ("Gregory Vance, 58,"), which "the 58-year-old" refers to. */
  age: number | null;
};

export type MentionContext = {
  /** Words the article also writes in lower case, so capitals on them are positional. */
  lowercaseWords: LowercaseWords;
  /** Gender of a first name when known. */
  genderOfFirstName: (first: string) => Gender | null;
  /** Whether the text from `start` to `end` lies inside quoted speech, whose names and pronouns
   * are what someone said, never who says it: they are not read as mentions. */
  isInsideSpeech?: (start: number, end: number) => boolean;
};

export type MentionDraft = Omit<
  Mention,
  | "surface"
  | "start"
  | "end"
  | "isEmbedded"
  | "isPossessor"
  | "next"
  | "describedUntil"
  | "organization"
  | "isDefinite"
  | "age"
> & {
  core: [number, number];
  isDefinite?: boolean;
};
export type MakeMention = (draft: MentionDraft) => Mention;

const POSSESSIVE_PRONOUNS = new Map<string, "male" | "female">([
  ["his", "male"],
  ["her", "female"],
]);

const MAX_PRONOUN_LENGTH = Math.max(...[...PERSON_PRONOUNS.keys()].map((pronoun) => pronoun.length));

const COMMON_HEADS = (word: string) =>
  GROUP_NOUNS.has(word) || ROLE_NOUNS.has(word) || ORG_HEADS.has(word) || PLACE_NOUNS.has(word) || word === "others";

const FINITE_WORDS = new Set(
  "is are was were has have had will would can could should may might must does did says said".split(" "),
);

/** "the Mississauga campus", "Lakeshore's Oakville site": after a determiner,
 * a lone capitalized word followed by a word that is no verb names where or
 * whose, not who. */
const DETERMINER = /^(?:the|a|an|'s)$/;

function modifiesNounAfterDeterminer(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? "";
  const next = tokens[i + 1];
  // "a furious Instagram post": an adjective may stand between.
  const afterDeterminer =
    DETERMINER.test(before) ||
    (/^\p{Ll}+$/u.test(before) && DETERMINER.test(tokens[i - 2]?.lower ?? "") && !reportingVerb(before));
  if (!afterDeterminer || !next?.isWord) return false;
  const word = next.lower;
  const verb = reportingVerb(word);
  const isInflectedVerb = verb !== undefined && verb !== null && verb.form !== "base";
  return /^\p{Ll}+$/u.test(word) && !FINITE_WORDS.has(word) && !isInflectedVerb && !/(?:ed|ly)$/.test(word);
}

/** "DENVER (AP) —", "PRAGUE, Nov 6 (Example Wire) -": the agency credited in a
 * dateline wrote the story; it says nothing in it. */
function isDatelineCredit(tokens: Token[], i: number, end: number, isParagraphStart: boolean): boolean {
  if (!isParagraphStart || tokens[i - 1]?.text !== "(" || tokens[end]?.text !== ")" || i > 8) return false;
  const first = tokens[0];
  return (
    first !== undefined &&
    first.text.length > 1 &&
    first.text === first.text.toUpperCase() &&
    /\p{Lu}/u.test(first.text)
  );
}

/** A capital that is only there because the word starts the sentence. */
function isPositionalCapital(t: Token, context: MentionContext): boolean {
  const word = t.lower;
  const variants = [word, `${word}s`, word.replace(/s$/, "")];
  if (variants.some((w) => context.lowercaseWords.has(w) || COMMON_HEADS(w))) return true;
  return /(?:ed|ing|ly)$/.test(word) && context.genderOfFirstName(t.text) === null;
}

/** Whether a capitalized plural could begin a name: an organization or role word, or a known first name. */
function isNameStart(t: Token, context: MentionContext): boolean {
  return (
    ORG_NOUNS.has(bare(t).replace(/s$/, "")) ||
    ROLE_NOUNS.has(t.lower.replace(/s$/, "")) ||
    context.genderOfFirstName(t.text) !== null
  );
}

/** Builds a sentence's mentions from drafts. Made once per sentence and returned
 * unnamed: a named inner closure costs a property definition each time under tsx's keepNames. */
function mentionMaker(text: string, tokens: Token[]): MakeMention {
  return (draft) => {
    const start = tokens[draft.core[0]]?.start ?? 0;
    const end = tokens[draft.core[1] - 1]?.end ?? start;
    return {
      kind: draft.kind,
      form: draft.form,
      first: draft.first,
      last: draft.last,
      next: draft.last + 1,
      describedUntil: draft.last + 1,
      surface: text.slice(start, end),
      start,
      end,
      name: draft.name,
      role: draft.role,
      head: draft.head,
      gender: draft.gender,
      isDefinite: draft.isDefinite ?? false,
      isEmbedded: false,
      isPossessor: false,
      organization: null,
      age: null,
    };
  };
}

/** The pronoun at token `i` ("he", "they", a sentence-opening "his"). */
function pronounMention(make: MakeMention, i: number, kind: Mention["kind"], gender: Gender | null): Mention {
  return make({
    kind,
    form: "pronoun",
    first: i,
    last: i,
    core: [i, i + 1],
    name: null,
    role: null,
    head: null,
    gender,
    isDefinite: true,
  });
}

/** Persons, organizations, places and groups a sentence mentions, in order. */
export function findMentions(
  text: string,
  tokens: Token[],
  context: MentionContext,
  isParagraphStart: boolean,
): Mention[] {
  const make = mentionMaker(text, tokens);
  const mentions: Mention[] = [];
  const firstWord = tokens.findIndex((t) => t.isWord);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (context.isInsideSpeech?.(t.start, t.end)) continue;
    // Pronouns are short; most words need no lookup.
    const pronoun = t.lower.length <= MAX_PRONOUN_LENGTH ? PERSON_PRONOUNS.get(t.lower) : undefined;
    if (pronoun) {
      const kind = pronoun === "plural" ? "group" : pronoun === "neuter" ? "organization" : "person";
      const gender = pronoun === "male" || pronoun === "female" ? pronoun : null;
      mentions.push(pronounMention(make, i, kind, gender));
      continue;
    }
    // "His verdict was simple: “…”": whose words follow, as a possessor opening the sentence.
    const possessive = i === firstWord ? POSSESSIVE_PRONOUNS.get(t.lower) : undefined;
    if (possessive && SPEECH_NOUNS.test(tokens[i + 1]?.lower ?? "")) {
      const owner = pronounMention(make, i, "person", possessive);
      owner.isEmbedded = true;
      owner.isPossessor = true;
      mentions.push(owner);
      continue;
    }
    const epithet = epithetMention(text, tokens, i, make);
    if (epithet) {
      mentions.push(epithet);
      continue;
    }
    const isSentenceStart = i === firstWord;
    const startsName =
      (isNameWord(t) && !PARTY_AND_PLACE.test(t.text)) ||
      (t.isCap && HONORIFICS.has(bare(t)) && isNameWord(tokens[i + 1]));
    // "Shares of Nimbus Systems": a plural common noun opening the sentence is not part of the name.
    if (
      startsName &&
      isSentenceStart &&
      tokens[i + 1]?.lower === "of" &&
      /s$/.test(t.lower) &&
      !isNameStart(t, context)
    )
      continue;
    if (startsName && !(isSentenceStart && runEnd(tokens, i) === i + 1 && isPositionalCapital(t, context))) {
      const end = runEnd(tokens, i);
      // "Allied leaders", "Kremlin spokesman": a lone capitalized word modifying a common noun.
      const modifies =
        end === i + 1 &&
        !tokens[end]?.isCap &&
        (COMMON_HEADS(tokens[end]?.lower ?? "") || modifiesNounAfterDeterminer(tokens, i));
      if (!modifies && !isDatelineCredit(tokens, i, end, isParagraphStart)) {
        const mention = nameMention(
          text,
          tokens,
          i,
          end,
          { context, isDateline: isParagraphStart && isSentenceStart },
          make,
        );
        if (mention) mentions.push(mention);
        i = end - 1;
      }
      continue;
    }
    const nominal = nominalMention(text, tokens, i, make);
    if (nominal) mentions.push(nominal);
  }
  markEmbedded(tokens, mentions);
  nameDescriptions(tokens, mentions);
  return mentions;
}

/** Words that give the name of what a description before them describes. */
function namingWordsAt(tokens: Token[], at: number): number {
  const word = tokens[at]?.lower;
  if (word === "called" || word === "named") return 1;
  if (word === "calling" && /^(?:itself|themselves|himself|herself)$/.test(tokens[at + 1]?.lower ?? "")) return 2;
  if (word === "known" && tokens[at + 1]?.lower === "as") return 2;
  return 0;
}

/** "A group calling itself Black Lantern claimed …", "a charity called Hearth said …": the name
 * is who the description is, so it takes the description's place as the phrase that can speak. */
function nameDescriptions(tokens: Token[], mentions: Mention[]): void {
  for (const description of mentions) {
    if (description.form !== "nominal" || description.isEmbedded || description.isDefinite) continue;
    const naming = namingWordsAt(tokens, description.last + 1);
    const name = naming
      ? mentions.find((m) => m.form === "name" && m.first === description.last + 1 + naming)
      : undefined;
    if (!name) continue;
    description.isEmbedded = true;
    name.first = description.first;
    if (description.kind !== "person") name.kind = "organization";
  }
}

/** Mentions inside another mention's role, apposition or possessive are only
 * mentioned; an unnamed person's role may name the organization they speak for. */
function markEmbedded(tokens: Token[], mentions: Mention[]): void {
  for (const outer of mentions) {
    if (outer.form === "pronoun") continue;
    const regionStart = tokens[outer.first]?.start ?? 0;
    const regionEnd = tokens[outer.describedUntil - 1]?.end ?? 0;
    for (const inner of mentions) {
      if (inner === outer || inner.start < regionStart || inner.end > regionEnd) continue;
      if (inner.start === outer.start && inner.end === outer.end) continue;
      if (inner.end - inner.start >= regionEnd - regionStart) continue;
      inner.isEmbedded = true;
      // "a spokesperson for the ministry"; "a Lumora spokeswoman", whatever kind the bare name was read as.
      const speaksFor =
        inner.kind === "organization" ||
        (inner.form === "name" && inner.kind !== "place" && SPOKESPEOPLE.has(outer.head ?? ""));
      // Not "sources close to the club", "a person familiar with the company": placed by it, not speaking for it.
      const isAnonymous = ANONYMOUS_SOURCE_HEADS.has(outer.head ?? "");
      if (
        outer.form === "nominal" &&
        outer.kind !== "organization" &&
        !outer.organization &&
        speaksFor &&
        !isAnonymous
      ) {
        outer.organization = inner;
        // "A spokesperson for Open Shores, a migrant rights group, said": the body's apposition
        // closing the phrase leads to the verb.
        if (inner.last === outer.last && inner.next > outer.next) outer.next = inner.next;
      }
    }
  }
  for (const m of mentions) {
    if (tokens[m.last + 1]?.text === "'s" || tokens[m.last + 1]?.text === "'") {
      m.isEmbedded = true;
      m.isPossessor = true;
    }
  }
}
