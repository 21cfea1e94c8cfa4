import { normalizeName } from "@/lib/extract/names";
import { getDb, type Db } from "@/lib/db";
import { romanizeCyrillic } from "./romanize-cyrillic";

type Named = { slug: string; name: string };

/** What to offer when a search finds nothing: speakers, topics and claims
 * whose names or wording are close to the search by trigram similarity (so a
 * misspelt "Jaritonova" or "sumit" still leads somewhere), and whether the
 * search had any searchable words at all. */
export async function findNearMatches(q: string, db: Db = getDb()) {
  const needle = normalizeName(romanizeCyrillic(q));
  const [speakers, topics, claims, [parsed]] = await Promise.all([
    needle === ""
      ? []
      : db.$queryRaw<Named[]>`
        SELECT s.slug, s.name FROM "Speaker" s
        JOIN (SELECT "speakerId", max(word_similarity(${needle}, normalized)) AS score FROM "SpeakerAlias"
              WHERE ${needle} <% normalized GROUP BY "speakerId") m ON m."speakerId" = s.id
        ORDER BY m.score DESC, s.name LIMIT 5`,
    needle === ""
      ? []
      : db.$queryRaw<Named[]>`
        SELECT t.slug, t.name FROM "Topic" t
        JOIN (SELECT "topicId", max(word_similarity(${needle}, normalized)) AS score FROM "TopicAlias"
              WHERE ${needle} <% normalized GROUP BY "topicId") m ON m."topicId" = t.id
        ORDER BY m.score DESC, t.name LIMIT 5`,
    // By trigram word similarity on the folded wording (migration 20261201000000).
    db.$queryRaw<{ id: string; text: string }[]>`SELECT id, text FROM saidwhat_near_claims(${q}, 5)`,
    db.$queryRaw<
      { hasTerms: boolean }[]
    >`SELECT numnode(websearch_to_tsquery('english', saidwhat_unaccent(${q}))) > 0 AS "hasTerms"`,
  ]);
  return { speakers, topics, claims, hasSearchableTerms: parsed?.hasTerms ?? false };
}

export type NearMatches = Awaited<ReturnType<typeof findNearMatches>>;
