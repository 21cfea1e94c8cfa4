import { GROUP_NOUNS, HONORIFICS, ORG_HEADS, PERSON_PRONOUNS, ROLE_NOUNS } from "./lexicon";
import { isNameWord, nameMention, runEnd } from "./name-mentions";
import { nominalMention } from "./nominal-mentions";
import { bare } from "./roles";
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
  /** The words as written that refer ("Peskov", "the minister", "he"). */
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
  /** The organization named in an unnamed person's role ("a spokesperson for X"). */
  organization: Mention | null;
};

export type MentionContext = {
  /** Words the article also writes in lower case, so capitals on them are positional. */
  lowercaseWords: ReadonlySet<string>;
  /** Gender of a first name when known. */
  genderOfFirstName: (first: string) => Gender | null;
};

export type MentionDraft = Omit<Mention, "surface" | "start" | "end" | "isEmbedded" | "next" | "organization" | "isDefinite"> & {
  core: [number, number];
  isDefinite?: boolean;
};
export type MakeMention = (draft: MentionDraft) => Mention;

const COMMON_HEADS = (word: string) => GROUP_NOUNS.has(word) || ROLE_NOUNS.has(word) || ORG_HEADS.has(word) || word === "others";

/** A capital that is only there because the word starts the sentence. */
function isPositionalCapital(t: Token, context: MentionContext): boolean {
  const word = t.lower;
  const variants = [word, `${word}s`, word.replace(/s$/, "")];
  if (variants.some((w) => context.lowercaseWords.has(w) || COMMON_HEADS(w))) return true;
  return /(?:ed|ing|ly)$/.test(word) && context.genderOfFirstName(t.text) === null;
}

/** Persons, organizations, places and groups a sentence mentions, in order. */
export function findMentions(text: string, tokens: Token[], context: MentionContext, isParagraphStart: boolean): Mention[] {
  const make: MakeMention = (draft) => {
    const { core, isDefinite, ...rest } = draft;
    const start = tokens[core[0]]?.start ?? 0;
    const end = tokens[core[1] - 1]?.end ?? start;
    return { ...rest, surface: text.slice(start, end), start, end, next: draft.last + 1, isEmbedded: false, isDefinite: isDefinite ?? false, organization: null };
  };
  const mentions: Mention[] = [];
  const firstWord = tokens.findIndex((t) => t.isWord);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const pronoun = PERSON_PRONOUNS.get(t.lower);
    if (pronoun) {
      const kind = pronoun === "plural" ? "group" : pronoun === "neuter" ? "organization" : "person";
      const gender = pronoun === "male" || pronoun === "female" ? pronoun : null;
      mentions.push(make({ kind, form: "pronoun", first: i, last: i, core: [i, i + 1], name: null, role: null, head: null, gender, isDefinite: true }));
      continue;
    }
    const isSentenceStart = i === firstWord;
    const startsName = isNameWord(t) || (t.isCap && HONORIFICS.has(bare(t)) && isNameWord(tokens[i + 1]));
    if (startsName && !(isSentenceStart && runEnd(tokens, i) === i + 1 && isPositionalCapital(t, context))) {
      const end = runEnd(tokens, i);
      // "Allied leaders", "Kremlin spokesman": a lone capitalized word modifying a common noun.
      const modifies = end === i + 1 && !tokens[end]?.isCap && COMMON_HEADS(tokens[end]?.lower ?? "");
      if (!modifies) {
        const mention = nameMention(text, tokens, i, end, { context, isDateline: isParagraphStart && isSentenceStart }, make);
        if (mention) mentions.push(mention);
        i = end - 1;
      }
      continue;
    }
    const nominal = nominalMention(text, tokens, i, make);
    if (nominal) mentions.push(nominal);
  }
  markEmbedded(tokens, mentions);
  return mentions;
}

/** Mentions inside another mention's role, apposition or possessive are only
 * mentioned; an unnamed person's role may name the organization they speak for. */
function markEmbedded(tokens: Token[], mentions: Mention[]): void {
  for (const outer of mentions) {
    if (outer.form === "pronoun") continue;
    const regionStart = tokens[outer.first]?.start ?? 0;
    const regionEnd = tokens[outer.next - 1]?.end ?? 0;
    for (const inner of mentions) {
      if (inner === outer || inner.start < regionStart || inner.end > regionEnd) continue;
      if (inner.start === outer.start && inner.end === outer.end) continue;
      if (inner.end - inner.start >= regionEnd - regionStart) continue;
      inner.isEmbedded = true;
      if (outer.form === "nominal" && outer.kind !== "organization" && !outer.organization && inner.kind === "organization") {
        outer.organization = inner;
      }
    }
  }
  for (const m of mentions) {
    if (tokens[m.last + 1]?.text === "'s" || tokens[m.last + 1]?.text === "'") m.isEmbedded = true;
  }
}
