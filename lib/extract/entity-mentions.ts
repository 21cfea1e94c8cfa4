import type { TopicKind } from "./types";
import { ANAPHORIC_HEADS, NAMING_HEADS, exactSurfaceOf, organizationNamedBy, type Entity } from "./entity-gazetteer";
import { aliasSpan, lookupAlias, lookupEntity, type EntityLexicon } from "./entity-lexicon";
import { isKnownFirstName } from "./names";
import { STOP_WORDS } from "./stem";
import { slugify, tokenizeWords, type WordToken } from "./word-tokens";

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

function isCapitalizedWord(word: string): boolean {
  return /^\p{Lu}/u.test(word);
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

// "the alliance", "our bloc", "the Western military coalition", "the Atlantic Alliance".
function genericPhraseMentions(text: string, tokens: readonly WordToken[], lexicon: EntityLexicon): EntityMention[] {
  const mentions: EntityMention[] = [];
  tokens.forEach((head, headIndex) => {
    if (!ANAPHORIC_HEAD_SET.has(head.norm)) return;
    const determinerIndex = determinerBefore(text, tokens, headIndex);
    const determiner = determinerIndex === null ? undefined : tokens[determinerIndex];
    if (determinerIndex === null || !determiner) return;
    const modifiers = tokens.slice(determinerIndex + 1, headIndex);
    const next = tokens[headIndex + 1];
    // A capitalized word after a capitalized head means a longer name ("the North Atlantic Treaty Organization").
    const continuesName =
      next !== undefined && next.isCapitalized && !head.isPossessive && !text.slice(head.end, next.start).trim();
    if (head.isCapitalized && continuesName) return;
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
    if (!entity) return;
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
  });
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

function aliasMentions(
  text: string,
  tokens: readonly WordToken[],
  lexicon: EntityLexicon,
  isTaken: (offset: number) => boolean,
): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const first = tokens[index];
    if (!first || isTaken(first.start)) continue;
    const span = Math.min(aliasSpan(lexicon, first.norm), tokens.length - index);
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
        mentions.push({
          key: slugify(surface),
          name: surface,
          kind: "place",
          surface,
          start: first.start,
          end: last.end,
          isAdjectival: false,
        });
      } else {
        const government = alias.role === "seat" ? GOVERNMENT_NOUNS.exec(text.slice(last.end)) : null;
        const hasArticle = government !== null && previousWord === "the";
        const start = hasArticle ? (tokens[index - 1]?.start ?? first.start) : first.start;
        const end = government ? last.end + government[0].length : last.end;
        mentions.push({
          key: entity.key,
          name: entity.name,
          kind: entity.kind,
          surface: text.slice(start, end),
          start,
          end,
          isAdjectival: alias.role === "demonym",
        });
      }
      index += length - 1;
      break;
    }
  }
  return mentions;
}

/** Every mention of a known or article-defined entity in `text`, in order, without overlaps. */
export function findEntityMentions(text: string, lexicon: EntityLexicon): EntityMention[] {
  return findEntityMentionsInTokens(text, text === lexicon.body ? lexicon.bodyTokens : tokenizeWords(text), lexicon);
}

/** As findEntityMentions, for a caller that already holds the text's tokens. */
export function findEntityMentionsInTokens(
  text: string,
  tokens: readonly WordToken[],
  lexicon: EntityLexicon,
): EntityMention[] {
  const phrases = genericPhraseMentions(text, tokens, lexicon);
  const isTaken = (offset: number) => phrases.some((mention) => offset >= mention.start && offset < mention.end);
  const mentions = aliasMentions(text, tokens, lexicon, isTaken);
  return phrases.length ? [...phrases, ...mentions].sort((a, b) => a.start - b.start) : mentions;
}

/** The entity key a whole phrase names ("the Atlantic Alliance" → "nato"), or null. */
export function canonicalEntity(phrase: string, lexicon: EntityLexicon): string | null {
  const trimmed = phrase.trim();
  const mentions = findEntityMentions(trimmed, lexicon);
  const [only] = mentions;
  if (mentions.length !== 1 || !only) return null;
  const uncovered = (trimmed.slice(0, only.start) + trimmed.slice(only.end)).replace(
    /^\s*the\s+|['’]s\b|[\s\p{P}]/giu,
    "",
  );
  return uncovered ? null : only.key;
}
