import { getDb, type Db } from "@/lib/db";
import { fromDbSpeakerKind } from "./prisma-enums";

/** The speaker behind a permalink, with every name articles used for them. */
export async function getSpeakerBySlug(slug: string, db: Db = getDb()) {
  const speaker = await db.speaker.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      kind: true,
      role: true,
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
    },
  });
  if (!speaker) return null;
  return {
    slug: speaker.slug,
    name: speaker.name,
    kind: fromDbSpeakerKind(speaker.kind),
    role: speaker.role,
    aliases: speaker.aliases.map((row) => row.alias).filter((alias) => alias !== speaker.name),
  };
}

export type SpeakerSummary = NonNullable<Awaited<ReturnType<typeof getSpeakerBySlug>>>;
