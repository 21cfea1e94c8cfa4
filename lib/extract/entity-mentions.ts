import type { TopicKind } from "./types";
import { ANAPHORIC_HEADS, NAMING_HEADS, exactSurfaceOf, organizationNamedBy, type Entity } from "./entity-gazetteer";
import { aliasSpan, lookupAlias, lookupEntity, type EntityLexicon } from "./entity-lexicon";
import { firstStartingAt } from "./first-starting-at";
import { isKnownFirstName } from "./names";
import { STOP_WORDS } from "./stem";
import { isPassageAt, passageTokenRange, slugify, tokenizeWords, type WordToken } from "./word-tokens";

export type EntityMention = {
  key: string;
  name: string;
  kind: TopicKind;
  /** Exactly `text.slice(start, end)`. */
  surface: string;
  start: number;
  end: number;
  /** A demonym ("Russian troops"): it names the entity but cannot replace a noun. */
  isAdjectival: boolean;
};

const ANAPHORIC_HEAD_SET = new Set<string>(ANAPHORIC_HEADS);
const DETERMINERS = new Set(["the", "this", "that", "our", "its", "their"]);
const ARTICLES = new Set(["the", "this", "that"]);
const MAX_MODIFIERS = 3;
// "to" and "from" are left out: "loyalty to Washington", "a warning from Moscow" name governments.
const LOCATIVE_PREPOSITIONS = new Set([
  "in",
  "at",
  "near",
  "outside",
  "around",
  "across",
  "into",
  "via",
  "visited",
  "visiting",
]);
const GOVERNMENT_NOUNS = /^\s+(regime|government|authorities|administration|leadership)\b/i;

const STARTS_UPPER_CASE = /^\p{Lu}/u;
// What a phrase may hold besides the one name it is: an article, a possessive, spaces, punctuation.
const NOT_PART_OF_A_NAME = /^\s*the\s+|['’]s\b|[\s\p{P}]/giu;
function isCapitalizedWord(word: string): boolean {
  return STARTS_UPPER_CASE.test(word);
}

/** "the Russian-led alliance" is not the article's main alliance. */
function namesAnotherEntity(modifier: string, lexicon: EntityLexicon): boolean {
  return modifier
    .split("-")
    .some((part) => isCapitalizedWord(part) && lookupAlias(lexicon, tokenizeWords(part)[0]?.norm ?? "") !== undefined);
}

/** The determiner that opens a generic phrase ending at `headIndex`, if the words between are modifiers. */
function determinerBefore(text: string, tokens: readonly WordToken[], headIndex: number): number | null {
  for (let index = headIndex - 1; index >= Math.max(0, headIndex - 1 - MAX_MODIFIERS); index--) {
    const token = tokens[index];
    const next = tokens[index + 1];
    // Only spaces may separate the words of one phrase ("the alliance", not "the, alliance").
    if (!token || !next || token.isPossessive || text.slice(token.end, next.start).trim()) return null;
    if (DETERMINERS.has(token.norm)) return index;
    // A function word among the modifiers means the determiner belongs elsewhere ("said that the alliance").
    if (STOP_WORDS.has(token.norm)) return null;
  }
  return null;
}

function anaphoricHeadsIn(tokens: readonly WordToken[]): number[] {
  const heads: number[] = [];
  tokens.forEach((token, index) => {
    if (ANAPHORIC_HEAD_SET.has(token.norm)) heads.push(index);
  });
  return heads;
}

/** Indexes of the tokens that are generic heads ("alliance", "bank"). A passage
 * of the body (its first token the body's `bodyFirst`) takes the body's, read once. */
function anaphoricHeads(tokens: readonly WordToken[], lexicon: EntityLexicon, bodyFirst: number | undefined): number[] {
  if (bodyFirst === undefined) return anaphoricHeadsIn(tokens);
  const readings = lexicon.bodyAliasReadings;
  readings.anaphoricHeads ??= anaphoricHeadsIn(lexicon.bodyTokens);
  const bodyHeads = readings.anaphoricHeads;
  const end = bodyFirst + tokens.length;
  const first = firstStartingAt(bodyHeads.length, (index) => bodyHeads[index] ?? 0, bodyFirst);
  let last = first;
  while (last < bodyHeads.length && (bodyHeads[last] ?? end) < end) last++;
  return bodyHeads.slice(first, last).map((head) => head - bodyFirst);
}

// "the alliance", "our bloc", "the Western military coalition", "the Atlantic Alliance".
function genericPhraseMentions(
  text: string,
  tokens: readonly WordToken[],
  lexicon: EntityLexicon,
  bodyFirst: number | undefined,
): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const headIndex of anaphoricHeads(tokens, lexicon, bodyFirst)) {
    const head = tokens[headIndex];
    if (!head) continue;
    const determinerIndex = determinerBefore(text, tokens, headIndex);
    const determiner = determinerIndex === null ? undefined : tokens[determinerIndex];
    if (determinerIndex === null || !determiner) continue;
    const modifiers = tokens.slice(determinerIndex + 1, headIndex);
    const next = tokens[headIndex + 1];
    // A capitalized word after a capitalized head means a longer name ("the North Atlantic Treaty Organization").
    const continuesName =
      next !== undefined && next.isCapitalized && !head.isPossessive && !text.slice(head.end, next.start).trim();
    if (head.isCapitalized && continuesName) continue;
    let entity: Entity | undefined;
    if (modifiers.length && modifiers.every((modifier) => modifier.isCapitalized) && NAMING_HEADS.has(head.norm)) {
      entity =
        organizationNamedBy(
          modifiers.map((modifier) => modifier.norm),
          lexicon.articleEntities,
        ) ?? undefined;
    } else if (!head.isCapitalized && !modifiers.some((modifier) => namesAnotherEntity(modifier.text, lexicon))) {
      const key = lexicon.anaphora.get(head.norm);
      entity = key ? lookupEntity(lexicon, key) : undefined;
    }
    if (!entity) continue;
    // "the" goes with the replaced words; a possessive determiner stays in the text.
    const start = ARTICLES.has(determiner.norm) ? determiner.start : (modifiers[0] ?? head).start;
    mentions.push({
      key: entity.key,
      name: entity.name,
      kind: entity.kind,
      surface: text.slice(start, head.end),
      start,
      end: head.end,
      isAdjectival: false,
    });
  }
  return mentions;
}

/** A place name that is really part of a person's or another body's name. */
function isPartOfOtherName(
  tokens: readonly WordToken[],
  index: number,
  isSeat: boolean,
  lexicon: EntityLexicon,
): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if (!token) return false;
  const isNextName =
    next !== undefined && next.isCapitalized && !token.isPossessive && !lookupAlias(lexicon, next.norm);
  if (isNextName && (isSeat || isKnownFirstName(token.text))) return true;
  return previous !== undefined && previous.isCapitalized && !previous.isPossessive && isKnownFirstName(previous.text);
}

/** The longest known alias starting at a token, read as a mention, and how many tokens it spans. */
export type AliasMatch = { length: number; mention: EntityMention };

/** What reading a body for mentions finds, kept as read: the body is read whole
 * twice, and again in passages (quotes, clauses). */
export type AliasReadings = {
  /** aliasSpan by token index. */
  spans: number[];
  /** aliasMatchAt by token index. */
  matches: (AliasMatch | null)[];
  /** Indexes of the tokens that are generic heads ("alliance"), found at the first reading. */
  anaphoricHeads?: number[];
};

/** Depends on the tokens and the lexicon's names only, not on which tokens
 * generic phrases took, so a body's matches can be kept between readings.
 * `longestAlias`: aliasSpan of the token. */
function aliasMatchAt(
  text: string,
  tokens: readonly WordToken[],
  index: number,
  lexicon: EntityLexicon,
  textEnd: number,
  longestAlias: number,
): AliasMatch | null {
  const first = tokens[index];
  if (!first) return null;
  const span = Math.min(longestAlias, tokens.length - index);
  if (span === 0) return null;
  const keys: string[] = [];
  for (let length = 1; length <= span; length++) {
    keys.push(length === 1 ? first.norm : `${keys[length - 2]} ${tokens[index + length - 1]?.norm}`);
  }
  for (let length = span; length >= 1; length--) {
    const last = tokens[index + length - 1];
    const alias = lookupAlias(lexicon, keys[length - 1] ?? "");
    if (!last || !alias) continue;
    const words = tokens.slice(index, index + length);
    const surface = text.slice(first.start, last.end);
    const isWrittenAsKnown =
      alias.exactSurface !== null
        ? exactSurfaceOf(words.map((token) => token.text).join(" ")) === alias.exactSurface
        : first.isCapitalized;
    if (!isWrittenAsKnown || (length === 1 && isPartOfOtherName(tokens, index, alias.role === "seat", lexicon)))
      continue;
    const entity = lookupEntity(lexicon, alias.key);
    if (!entity) continue;
    const previousWord = tokens[index - 1]?.norm ?? "";
    if (alias.role === "seat" && LOCATIVE_PREPOSITIONS.has(previousWord)) {
      // "in Moscow" is the city; "Moscow said" is the government.
      const mention = {
        key: slugify(surface),
        name: surface,
        kind: "place" as const,
        surface,
        start: first.start,
        end: last.end,
        isAdjectival: false,
      };
      return { length, mention };
    }
    const government = alias.role === "seat" ? GOVERNMENT_NOUNS.exec(text.slice(last.end, textEnd)) : null;
    const hasArticle = government !== null && previousWord === "the";
    const start = hasArticle ? (tokens[index - 1]?.start ?? first.start) : first.start;
    const end = government ? last.end + government[0].length : last.end;
    const mention = {
      key: entity.key,
      name: entity.name,
      kind: entity.kind,
      surface: text.slice(start, end),
      start,
      end,
      isAdjectival: alias.role === "demonym",
    };
    return { length, mention };
  }
  return null;
}

/** aliasMatchAt at a token of the lexicon's body, read once. */
function bodyMatchAt(lexicon: EntityLexicon, index: number): AliasMatch | null {
  const { spans, matches } = lexicon.bodyAliasReadings;
  let match = matches[index];
  if (match === undefined) {
    const span = spans[index] ?? aliasSpan(lexicon, lexicon.bodyTokens[index]?.norm ?? "");
    match = aliasMatchAt(lexicon.body, lexicon.bodyTokens, index, lexicon, lexicon.body.length, span);
    spans[index] = span;
    matches[index] = match;
  }
  return match;
}

/**
 * aliasMatchAt at token `index` of a passage of the body whose first token is
 * the body's `bodyFirst`. A match reads one token before it, its longest
 * span, and the text up to the token after next: when all of that lies in
 * the passage, the body's own reading is the passage's.
 */
function passageMatchAt(
  text: string,
  tokens: readonly WordToken[],
  index: number,
  lexicon: EntityLexicon,
  textEnd: number,
  bodyFirst: number,
): AliasMatch | null {
  const bodyIndex = bodyFirst + index;
  const span = lexicon.bodyAliasReadings.spans[bodyIndex] ?? aliasSpan(lexicon, tokens[index]?.norm ?? "");
  if (span === 0) return null;
  if (index >= 1 && index + span + 1 < tokens.length) return bodyMatchAt(lexicon, bodyIndex);
  return aliasMatchAt(text, tokens, index, lexicon, textEnd, span);
}

/** Alias mentions outside the generic `phrases` already found. `bodyFirst`:
 * for a passage of the lexicon's body (or the body itself), its first token's index there. */
function aliasMentions(
  text: string,
  tokens: readonly WordToken[],
  lexicon: EntityLexicon,
  phrases: EntityMention[],
  textEnd: number,
  bodyFirst: number | undefined,
): EntityMention[] {
  const isBody = bodyFirst === 0 && tokens === lexicon.bodyTokens;
  const mentions: EntityMention[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const first = tokens[index];
    if (!first || phrases.some((phrase) => first.start >= phrase.start && first.start < phrase.end)) continue;
    const match = isBody
      ? bodyMatchAt(lexicon, index)
      : bodyFirst !== undefined
        ? passageMatchAt(text, tokens, index, lexicon, textEnd, bodyFirst)
        : aliasMatchAt(text, tokens, index, lexicon, textEnd, aliasSpan(lexicon, first.norm));
    if (!match) continue;
    mentions.push(match.mention);
    index += match.length - 1;
  }
  return mentions;
}

/** Every mention of a known or article-defined entity in `text`, in order,
 * without overlaps. `at`: where `text` stands in the lexicon's body, if it is a passage of it. */
export function findEntityMentions(text: string, lexicon: EntityLexicon, at?: number): EntityMention[] {
  if (text === lexicon.body) return findEntityMentionsInTokens(text, lexicon.bodyTokens, lexicon);
  const isPassage = isPassageAt(lexicon.body, text, at);
  const range = isPassage ? passageTokenRange(lexicon.bodyTokens, at, at + text.length) : null;
  if (!isPassage || !range) return findEntityMentionsInTokens(text, tokenizeWords(text), lexicon);
  // A passage is read in place, in the body's offsets, then moved to its own.
  const tokens = lexicon.bodyTokens.slice(range[0], range[1]);
  return mentionsIn(lexicon.body, tokens, lexicon, at + text.length, range[0]).map((mention) => ({
    ...mention,
    start: mention.start - at,
    end: mention.end - at,
  }));
}

/** As findEntityMentions, for a caller that already holds the text's tokens. */
export function findEntityMentionsInTokens(
  text: string,
  tokens: readonly WordToken[],
  lexicon: EntityLexicon,
): EntityMention[] {
  const isBody = text === lexicon.body && tokens === lexicon.bodyTokens;
  return mentionsIn(text, tokens, lexicon, text.length, isBody ? 0 : undefined);
}

/** Mentions among `tokens` of `text`, which is read no further than `textEnd`;
 * `bodyFirst` as for aliasMentions. */
function mentionsIn(
  text: string,
  tokens: readonly WordToken[],
  lexicon: EntityLexicon,
  textEnd: number,
  bodyFirst: number | undefined,
): EntityMention[] {
  const phrases = genericPhraseMentions(text, tokens, lexicon, bodyFirst);
  const mentions = aliasMentions(text, tokens, lexicon, phrases, textEnd, bodyFirst);
  return phrases.length ? [...phrases, ...mentions].sort((a, b) => a.start - b.start) : mentions;
}

/** The entity key a whole phrase names ("the Atlantic Alliance" → "nato"), or null. */
export function canonicalEntity(phrase: string, lexicon: EntityLexicon): string | null {
  const trimmed = phrase.trim();
  const mentions = findEntityMentions(trimmed, lexicon);
  const [only] = mentions;
  if (mentions.length !== 1 || !only) return null;
  const uncovered = (trimmed.slice(0, only.start) + trimmed.slice(only.end)).replace(NOT_PART_OF_A_NAME, "");
  return uncovered ? null : only.key;
}
