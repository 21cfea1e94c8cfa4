import { normalizeName } from "@/lib/extract/names";
import type { ExtractedTopic } from "@/lib/extract/types";
import { toDbTopicKind } from "./prisma-enums";
import type { Tx } from "./transaction";

/** Topics are keyed by the pipeline's stable slug; every alias seen is kept so
 * that "who said what about X" finds X under any of its names. */
export async function upsertTopics(tx: Tx, topics: ExtractedTopic[]): Promise<void> {
  for (const topic of topics) {
    await tx.topic.upsert({
      where: { id: topic.key },
      create: { id: topic.key, slug: topic.key, name: topic.name, kind: toDbTopicKind(topic.kind) },
      update: {},
      select: { id: true },
    });
  }
  await tx.topicAlias.createMany({
    data: topics.flatMap((topic) =>
      [...new Set([topic.name, ...topic.aliases])].map((alias) => ({
        topicId: topic.key,
        alias,
        normalized: normalizeName(alias),
      })),
    ),
    skipDuplicates: true,
  });
}
