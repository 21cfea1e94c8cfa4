import type { ExtractedTopic } from "./types";
import { findEntityMentions } from "./entity-mentions";
import type { EntityLexicon } from "./entity-lexicon";
import { passageRange } from "./stemmed-words";
import { detectSubjects } from "./subjects";
import { isPassageAt } from "./word-tokens";

export { buildEntityLexicon, createEmptyLexicon, type EntityLexicon } from "./entity-lexicon";
export { canonicalEntity, findEntityMentions, type EntityMention } from "./entity-mentions";

/** General subjects; the body and passages of it (at offset `at`) reuse the body's words. */
function subjectsOf(text: string, lexicon: EntityLexicon, at: number | undefined): ExtractedTopic[] {
  if (text === lexicon.body) return detectSubjects(lexicon.bodyWords);
  const range = isPassageAt(lexicon.body, text, at) ? passageRange(lexicon.bodyWords, at, at + text.length) : null;
  return range ? detectSubjects(lexicon.bodyWords, range[0], range[1]) : detectSubjects(text);
}

/**
 * What a quote is about: the organizations, countries and places it mentions
 * (by name, acronym, demonym, seat of government or anaphora such as "the
 * alliance"), then the general subjects its words point to. `at`: where
 * `text` stands in the lexicon's body, when it is a passage of it.
 */
export function detectTopics(text: string, lexicon: EntityLexicon, at?: number): ExtractedTopic[] {
  const byKey = new Map<string, ExtractedTopic>();
  for (const mention of findEntityMentions(text, lexicon, at)) {
    const topic = byKey.get(mention.key);
    if (!topic) {
      byKey.set(mention.key, { key: mention.key, name: mention.name, kind: mention.kind, aliases: [mention.surface] });
    } else if (!topic.aliases.includes(mention.surface)) {
      topic.aliases.push(mention.surface);
    }
  }
  for (const subject of subjectsOf(text, lexicon, at)) {
    if (!byKey.has(subject.key)) byKey.set(subject.key, subject);
  }
  return [...byKey.values()];
}
