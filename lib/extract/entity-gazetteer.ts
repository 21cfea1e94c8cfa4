import type { TopicKind } from "./types";
import { COUNTRIES, REGIONS } from "./gazetteer-countries";
import { ORGANIZATIONS } from "./gazetteer-organizations";
import { memoizeByString } from "./memoize";
import { phraseKey, slugify } from "./word-tokens";

/**
 * The general gazetteer compiled once into lookup tables: alias phrase keys →
 * entities, shared by every article's lexicon.
 */

export type Entity = {
  key: string;
  name: string;
  kind: TopicKind;
  /** Common nouns used for it on second mention ("alliance", "bank"). */
  heads: string[];
  /** Content words of its full names, for "the Atlantic Alliance"-style aliases. */
  nameWords: Set<string>;
};

export type AliasRole = "name" | "demonym" | "seat";

export type Alias = {
  key: string;
  role: AliasRole;
  /** Acronyms and short forms match only as written ("WHO", not "who"). */
  exactSurface: string | null;
};

/** Words that never carry an organization's identity. */
export const NAME_STOP_WORDS = new Set(["the", "of", "and", "for", "in", "on", "de", "des", "du", "la", "le", "a"]);

export const ANAPHORIC_HEADS = [
  "alliance",
  "bloc",
  "coalition",
  "union",
  "organization",
  "body",
  "court",
  "tribunal",
  "bank",
  "company",
  "firm",
  "group",
  "club",
  "team",
  "agency",
  "fund",
  "party",
  "commission",
  "council",
  "league",
  "federation",
  "committee",
  "ministry",
  "lender",
  "watchdog",
  "cartel",
  "pact",
  "treaty",
] as const;

/** Heads that a capitalized modifier can attach to in order to name a known organization. */
export const NAMING_HEADS = new Set(["alliance", "bloc", "organization", "union", "pact", "treaty", "coalition"]);

export const ENTITIES = new Map<string, Entity>();
export const ALIASES = new Map<string, Alias>();
/** First word of an alias → the most words an alias starting with it has. */
export const ALIAS_SPANS = new Map<string, number>();

export function exactSurfaceOf(surface: string): string {
  return surface.replace(/\./g, "");
}

export type AliasIndex = { aliases: Map<string, Alias>; spans: Map<string, number> };

/** `key`: the surface's phraseKey, when the caller has it already. */
export function registerAlias(
  index: AliasIndex,
  surface: string,
  alias: Omit<Alias, "exactSurface">,
  isExactCase: boolean,
  key = phraseKey(surface),
): void {
  if (!key || index.aliases.has(key)) return;
  index.aliases.set(key, { ...alias, exactSurface: isExactCase ? exactSurfaceOf(surface) : null });
  const words = key.split(" ");
  const first = words[0] ?? "";
  index.spans.set(first, Math.max(index.spans.get(first) ?? 0, words.length));
}

const GLOBAL_INDEX: AliasIndex = { aliases: ALIASES, spans: ALIAS_SPANS };

/** The content words of phrases given by their phraseKey, added to `words`. */
export function contentWordsOfKey(key: string, words = new Set<string>()): Set<string> {
  for (const word of key.split(" ")) {
    if (word && !NAME_STOP_WORDS.has(word) && !NAMING_HEADS.has(word)) words.add(word);
  }
  return words;
}

export function contentWordsOf(names: string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) contentWordsOfKey(phraseKey(name), words);
  return words;
}

for (const row of ORGANIZATIONS) {
  ENTITIES.set(row.key, {
    key: row.key,
    name: row.name,
    kind: "organization",
    heads: row.heads,
    nameWords: contentWordsOf(row.fullNames),
  });
  for (const shortName of row.shortNames) registerAlias(GLOBAL_INDEX, shortName, { key: row.key, role: "name" }, true);
  for (const fullName of [row.name, ...row.fullNames]) {
    registerAlias(GLOBAL_INDEX, fullName, { key: row.key, role: "name" }, false);
  }
}

for (const [rows, kind] of [
  [COUNTRIES, "country"],
  [REGIONS, "place"],
] as const) {
  for (const row of rows) {
    const key = slugify(row.name);
    ENTITIES.set(key, { key, name: row.name, kind, heads: [], nameWords: new Set() });
    registerAlias(GLOBAL_INDEX, row.name, { key, role: "name" }, false);
    for (const other of row.otherNames) {
      const isAcronym = /^[A-Z.]+$/.test(other);
      registerAlias(GLOBAL_INDEX, other, { key, role: "name" }, isAcronym);
    }
    for (const demonym of row.demonyms) registerAlias(GLOBAL_INDEX, demonym, { key, role: "demonym" }, false);
    for (const seat of row.seats) registerAlias(GLOBAL_INDEX, seat, { key, role: "seat" }, false);
  }
}

/** The one organization whose full name contains every given word (norms), most completely. */
export function organizationNamedBy(words: string[], articleEntities: ReadonlyMap<string, Entity>): Entity | null {
  const significant = words.filter((word) => !NAME_STOP_WORDS.has(word));
  if (!significant.length) return null;
  let best: Entity | null = null;
  let bestCoverage = 0;
  let isTied = false;
  for (const entity of [...articleEntities.values(), ...ENTITIES.values()]) {
    if (!entity.nameWords.size || !significant.every((word) => entity.nameWords.has(word))) continue;
    const coverage = significant.length / entity.nameWords.size;
    if (coverage > bestCoverage) [best, bestCoverage, isTied] = [entity, coverage, false];
    else if (coverage === bestCoverage) isTied = true;
  }
  return isTied ? null : best;
}

/** Demonyms and country names, by phrase key, for telling apart roles ("Polish minister"). */
export const countryKeyOfWord = memoizeByString((phrase: string): string | null => {
  const alias = ALIASES.get(phraseKey(phrase));
  if (!alias || alias.role === "seat") return null;
  return ENTITIES.get(alias.key)?.kind === "country" ? alias.key : null;
});
