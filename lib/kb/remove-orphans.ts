import type { Tx } from "./transaction";

/** After an article is replaced, speakers, claims and topics that no quote
 * uses any more would show up as empty pages; they go. */
export async function removeOrphans(tx: Tx): Promise<void> {
  await tx.speaker.deleteMany({ where: { quotes: { none: {} } } });
  await tx.claim.deleteMany({ where: { quotes: { none: {} } } });
  await tx.topic.deleteMany({ where: { quotes: { none: {} } } });
}
