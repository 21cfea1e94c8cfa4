import {
  ALIASES,
  ALIAS_SPANS,
  ENTITIES,
  NAMING_HEADS,
  NAME_STOP_WORDS,
  contentWordsOfKey,
  organizationNamedBy,
  registerAlias,
  type Alias,
  type AliasIndex,
  type Entity,
} from "./entity-gazetteer";
import { findEntityMentionsInTokens, type AliasReadings } from "./entity-mentions";
import { stemmedWords, stemmedWordsOfTokens, type StemmedWords } from "./stemmed-words";
import { slugify, tokenizeWords, type WordToken } from "./word-tokens";

/**
 * What one article knows about its entities, layered over the general
 * gazetteer: acronyms it defines, organizations it names, and which entity
 * "the alliance" or "the bank" refers to in it. Callers treat it as opaque.
 */
export type EntityLexicon = {
  readonly articleEntities: ReadonlyMap<string, Entity>;
  readonly articleAliases: ReadonlyMap<string, Alias>;
  readonly articleAliasSpans: ReadonlyMap<string, number>;
  /** Generic head noun → key of the most salient entity it can refer to. */
  readonly anaphora: ReadonlyMap<string, string>;
  /** The article's body and its tokens, kept so that reading the body again costs nothing. */
  readonly body: string;
  readonly bodyTokens: readonly WordToken[];
  /** The body's plain words and their stems, which subject cues are matched on. */
  readonly bodyWords: StemmedWords;
  /** What reading the body for aliases found, kept between its readings. */
  readonly bodyAliasReadings: AliasReadings;
};

export function lookupAlias(lexicon: EntityLexicon, phraseKey: string): Alias | undefined {
  return lexicon.articleAliases.get(phraseKey) ?? ALIASES.get(phraseKey);
}

/** How many words, at most, an alias starting with this word has (0: none starts with it). */
export function aliasSpan(lexicon: EntityLexicon, firstWord: string): number {
  const general = ALIAS_SPANS.get(firstWord) ?? 0;
  return lexicon.articleAliasSpans.size ? Math.max(general, lexicon.articleAliasSpans.get(firstWord) ?? 0) : general;
}

export function lookupEntity(lexicon: EntityLexicon, key: string): Entity | undefined {
  return lexicon.articleEntities.get(key) ?? ENTITIES.get(key);
}

// Head nouns that make a capitalized phrase an organization's name, with the
// generic noun the press then uses for it.
const ORGANIZATION_HEADS: Record<string, string> = {
  court: "court",
  tribunal: "court",
  bank: "bank",
  ministry: "ministry",
  department: "department",
  agency: "agency",
  commission: "commission",
  council: "council",
  committee: "committee",
  party: "party",
  union: "union",
  alliance: "alliance",
  coalition: "coalition",
  organization: "organization",
  federation: "federation",
  association: "association",
  league: "league",
  institute: "institute",
  university: "university",
  fund: "fund",
  company: "company",
  corporation: "company",
  corp: "company",
  inc: "company",
  ltd: "company",
  plc: "company",
  group: "group",
  holdings: "company",
  club: "club",
  fc: "club",
  parliament: "parliament",
  assembly: "assembly",
  authority: "authority",
  office: "office",
  bureau: "agency",
  service: "agency",
  board: "board",
};

const ACRONYM_AFTER_NAME = /\(([\p{Lu}][\p{Lu}\p{N}&.+-]{1,9})\)/gu;
const NAME_AFTER_ACRONYM = /\b([\p{Lu}][\p{Lu}\p{N}&]{1,9})\s*\(([^()]{4,80})\)/gu;
const MAX_NAME_TOKENS = 8;
const ONLY_SPACES = /^\s*$/;

function isOnlySpaces(text: string, start: number, end: number): boolean {
  // Words are mostly one plain space apart; only other gaps need the pattern.
  if (end === start + 1 && text.charCodeAt(start) === 32) return true;
  return ONLY_SPACES.test(text.slice(start, end));
}

export function createEmptyLexicon(): EntityLexicon {
  return {
    articleEntities: new Map(),
    articleAliases: new Map(),
    articleAliasSpans: new Map(),
    anaphora: new Map(),
    body: "",
    bodyTokens: [],
    bodyWords: stemmedWords(""),
    bodyAliasReadings: { spans: [], matches: [] },
  };
}

/** Capitalized names (connectors allowed inside) ending right before `end`, longest first. */
function capitalizedNamesBefore(text: string, end: number): string[] {
  const tokens = tokenizeWords(text.slice(Math.max(0, end - 160), end));
  const kept: string[] = [];
  for (let index = tokens.length - 1; index >= 0 && kept.length < MAX_NAME_TOKENS; index--) {
    const token = tokens[index];
    if (!token || (!token.isCapitalized && !NAME_STOP_WORDS.has(token.norm))) break;
    kept.unshift(token.text);
  }
  const names: string[] = [];
  for (let start = 0; start < kept.length - 1; start++) {
    if (!NAME_STOP_WORDS.has((kept[start] ?? "").toLowerCase())) names.push(kept.slice(start).join(" "));
  }
  return names;
}

function initialsAgree(acronym: string, name: string): boolean {
  const initials = tokenizeWords(name)
    .filter((token) => !NAME_STOP_WORDS.has(token.norm))
    .map((token) => token.norm[0])
    .join("");
  const letters = acronym.replace(/[^A-Za-z]/g, "").toLowerCase();
  return letters.length > 0 && initials[0] === letters[0] && Math.abs(initials.length - letters.length) <= 2;
}

/** A name as written and the norms of its words, read once for every test made on it. */
type NamePhrase = { text: string; norms: string[]; key: string };

function namePhrase(text: string): NamePhrase {
  const norms = tokenizeWords(text).map((token) => token.norm);
  return { text, norms, key: norms.join(" ") };
}

const ENDS_LIKE_POSSESSIVE = /['’][sS]$/;

/** namePhrase of tokens joined by spaces, from their own norms: read again,
 * each would come out the same, unless it still ends like a possessive
 * ("X’s’s" less its "’s"), which reading would cut once more. */
function phraseOfTokens(tokens: readonly WordToken[]): NamePhrase {
  const text = tokens.map((token) => token.text).join(" ");
  if (tokens.some((token) => token.text.length > 2 && ENDS_LIKE_POSSESSIVE.test(token.text))) return namePhrase(text);
  const norms = tokens.map((token) => token.norm);
  return { text, norms, key: norms.join(" ") };
}

function headOf(name: NamePhrase): string | null {
  const words = name.norms;
  for (let index = words.length - 1; index >= 0; index--) {
    const head = ORGANIZATION_HEADS[words[index] ?? ""];
    if (head) return head;
  }
  return null;
}

type ArticleIndex = AliasIndex & { entities: Map<string, Entity> };

function defineOrganization(index: ArticleIndex, name: NamePhrase, acronym: string | null): void {
  const known = ALIASES.get(name.key);
  if (known) {
    if (acronym) registerAlias(index, acronym, { key: known.key, role: "name" }, true);
    return;
  }
  const contentWords = [...contentWordsOfKey(name.key)].sort();
  const namedOrganization = acronym ? null : knownOrganizationNamedBy(name);
  if (namedOrganization) {
    registerAlias(index, name.text, { key: namedOrganization.key, role: "name" }, false, name.key);
    return;
  }
  const key = acronym ? slugify(acronym) : slugify(contentWords.join(" "));
  if (!key || ENTITIES.has(key)) return;
  const head = headOf(name);
  if (!index.entities.has(key)) {
    index.entities.set(key, {
      key,
      name: name.text,
      kind: "organization",
      heads: head ? [head] : [],
      nameWords: new Set(contentWords),
    });
  }
  registerAlias(index, name.text, { key, role: "name" }, false, name.key);
  if (acronym) registerAlias(index, acronym, { key, role: "name" }, true);
}

/** "Atlantic Alliance": modifiers drawn from a known organization's full name, plus a naming head. */
function knownOrganizationNamedBy(name: NamePhrase): Entity | null {
  const words = [...name.norms];
  const head = words.pop();
  if (!head || !NAMING_HEADS.has(head) || !words.length) return null;
  return organizationNamedBy(words, new Map());
}

function collectAcronymDefinitions(body: string, index: ArticleIndex): void {
  if (!body.includes("(")) return;
  for (const match of body.matchAll(ACRONYM_AFTER_NAME)) {
    const acronym = match[1] ?? "";
    const name = capitalizedNamesBefore(body, match.index).find((candidate) => initialsAgree(acronym, candidate));
    if (name) defineOrganization(index, namePhrase(name), acronym);
  }
  for (const match of body.matchAll(NAME_AFTER_ACRONYM)) {
    const acronym = match[1] ?? "";
    const name = (match[2] ?? "").trim();
    if (initialsAgree(acronym, name)) defineOrganization(index, namePhrase(name), acronym);
  }
}

/** Capitalized phrases headed by an organization noun ("Grattan Institute", "Ministry of Health"). */
function collectNamedOrganizations(body: string, tokens: readonly WordToken[], index: ArticleIndex): void {
  // The run of capitalized words so far, each with its lower case, which the tests below read.
  let run: { token: WordToken; lower: string }[] = [];
  const isStopWord = (word: { lower: string } | undefined) => NAME_STOP_WORDS.has(word?.lower ?? "");
  const flush = () => {
    // A name needs a modifier and a head: two words at least.
    if (run.length < 2) {
      run = [];
      return;
    }
    while (run.length && isStopWord(run[run.length - 1])) run.pop();
    // "Secretary of the Security Council", "Russian and Atlantic Alliance troops":
    // words before "of" or "and" belong to the name only if they hold its head noun.
    for (const connector of ["of", "and"]) {
      const connectorIndex = run.findIndex((word) => word.lower === connector);
      if (connectorIndex > 0 && !run.slice(0, connectorIndex).some((word) => ORGANIZATION_HEADS[word.lower])) {
        run = run.slice(connectorIndex + 1);
      }
    }
    // "Later the Health Ministry": a "the" that is not inside "of the" opens the name.
    const openingArticle = run.findLastIndex((word, index) => word.lower === "the" && !isStopWord(run[index - 1]));
    if (openingArticle > 0) run = run.slice(openingArticle + 1);
    while (run.length && isStopWord(run[0])) run.shift();
    const hasModifier = run.some((word) => !ORGANIZATION_HEADS[word.lower]);
    const name = run.length >= 2 && hasModifier ? phraseOfTokens(run.map((word) => word.token)) : null;
    if (name && headOf(name)) defineOrganization(index, name, null);
    run = [];
  };
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position];
    const previous = tokens[position - 1];
    if (!token) continue;
    if (run.length && (!previous || !isOnlySpaces(body, previous.end + (previous.isPossessive ? 2 : 0), token.start)))
      flush();
    if (token.isCapitalized || (run.length && NAME_STOP_WORDS.has(token.norm))) {
      run.push({ token, lower: token.text.toLowerCase() });
    } else flush();
    if (token.isPossessive) flush();
  }
  flush();
}

/** "The alliance" means the most mentioned entity that can be called an alliance. */
function resolveAnaphora(body: string, tokens: readonly WordToken[], lexicon: EntityLexicon): Map<string, string> {
  const counts = new Map<string, number>();
  for (const mention of findEntityMentionsInTokens(body, tokens, lexicon)) {
    counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
  }
  const best = new Map<string, { key: string; count: number }>();
  for (const [key, count] of counts) {
    for (const head of lookupEntity(lexicon, key)?.heads ?? []) {
      const current = best.get(head);
      if (!current || count > current.count) best.set(head, { key, count });
    }
  }
  return new Map([...best].map(([head, { key }]) => [head, key]));
}

export function buildEntityLexicon(body: string): EntityLexicon {
  const index: ArticleIndex = { entities: new Map(), aliases: new Map(), spans: new Map() };
  const tokens = tokenizeWords(body);
  collectAcronymDefinitions(body, index);
  collectNamedOrganizations(body, tokens, index);
  const lexicon = {
    articleEntities: index.entities,
    articleAliases: index.aliases,
    articleAliasSpans: index.spans,
    body,
    bodyTokens: tokens,
    bodyWords: stemmedWordsOfTokens(body, tokens),
    bodyAliasReadings: { spans: [], matches: [] },
  };
  return { ...lexicon, anaphora: resolveAnaphora(body, tokens, { ...lexicon, anaphora: new Map() }) };
}
