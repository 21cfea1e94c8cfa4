import type { ExtractedTopic } from "./types";
import { findEntityMentions } from "./entity-mentions";
import type { EntityLexicon } from "./entity-lexicon";
import { detectSubjects } from "./subjects";

export { buildEntityLexicon, createEmptyLexicon, type EntityLexicon } from "./entity-lexicon";
export { canonicalEntity, findEntityMentions, type EntityMention } from "./entity-mentions";

/**
 * What a quote is about: the organizations, countries and places it mentions
 * (by name, acronym, demonym, seat of government or anaphora such as "the
 * alliance"), then the general subjects its words point to.
 */
export function detectTopics(text: string, lexicon: EntityLexicon): ExtractedTopic[] {
  const byKey = new Map<string, ExtractedTopic>();
  for (const mention of findEntityMentions(text, lexicon)) {
    const topic = byKey.get(mention.key);
    if (!topic) {
      byKey.set(mention.key, { key: mention.key, name: mention.name, kind: mention.kind, aliases: [mention.surface] });
    } else if (!topic.aliases.includes(mention.surface)) {
      topic.aliases.push(mention.surface);
    }
  }
  for (const subject of detectSubjects(text)) {
    if (!byKey.has(subject.key)) byKey.set(subject.key, subject);
  }
  return [...byKey.values()];
}
