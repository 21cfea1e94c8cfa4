import type { ExtractedSpeaker } from "@/lib/extract/types";
import { normalizeName } from "@/lib/extract/names";
import { isSameSpeaker, speakerSlug, type SpeakerIdentity } from "@/lib/extract/speaker-identity";
import { fromDbSpeakerKind, toDbSpeakerKind } from "./prisma-enums";
import type { Tx } from "./transaction";

/** Matches each speaker of a new article against the speakers already known,
 * so one person stays one speaker across articles and spellings. Candidates
 * come from a trigram index on aliases; the decision is the pipeline's pure
 * `isSameSpeaker`. Returns article-local speaker key → stored speaker id. */
export async function resolveSpeakers(tx: Tx, speakers: ExtractedSpeaker[]): Promise<Map<string, string>> {
  const idsByKey = new Map<string, string>();
  // Lower than the 0.6 default so transliteration variants still meet as candidates.
  await tx.$executeRaw`SET LOCAL pg_trgm.word_similarity_threshold = 0.45`;
  for (const speaker of speakers) {
    const match = await findMatchingSpeaker(tx, speaker);
    const id = match ? await mergeInto(tx, match, speaker) : await createSpeaker(tx, speaker);
    idsByKey.set(speaker.key, id);
  }
  return idsByKey;
}

type Candidate = SpeakerIdentity & { id: string };

async function findMatchingSpeaker(tx: Tx, speaker: ExtractedSpeaker): Promise<Candidate | null> {
  const surname = normalizeName(speaker.name).split(" ").at(-1) ?? "";
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT "speakerId" AS id FROM "SpeakerAlias"
    WHERE ${surname} <% normalized OR normalized = ${normalizeName(speaker.name)}
    LIMIT 50`;
  if (rows.length === 0) return null;
  const candidates = await tx.speaker.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: { id: true, name: true, kind: true, role: true, aliases: { select: { alias: true } } },
    orderBy: { id: "asc" },
  });
  const identity: SpeakerIdentity = {
    name: speaker.name,
    kind: speaker.kind,
    role: speaker.role,
    aliases: speaker.aliases,
  };
  for (const candidate of candidates) {
    const known: Candidate = {
      id: candidate.id,
      name: candidate.name,
      kind: fromDbSpeakerKind(candidate.kind),
      role: candidate.role,
      aliases: candidate.aliases.map((alias) => alias.alias),
    };
    if (isSameSpeaker(known, identity)) return known;
  }
  return null;
}

async function mergeInto(tx: Tx, known: Candidate, speaker: ExtractedSpeaker): Promise<string> {
  // Keep the fullest form of the name; every spelling stays as an alias.
  const isFuller = speaker.name.split(/\s+/).length > known.name.split(/\s+/).length;
  await tx.speaker.update({
    where: { id: known.id },
    data: { ...(isFuller ? { name: speaker.name } : {}), ...(speaker.role ? { role: speaker.role } : {}) },
    select: { id: true },
  });
  await addAliases(tx, known.id, [speaker.name, ...speaker.aliases]);
  return known.id;
}

async function createSpeaker(tx: Tx, speaker: ExtractedSpeaker): Promise<string> {
  const slug = await freeSlug(tx, speakerSlug(speaker.name));
  await tx.speaker.create({
    data: {
      id: slug,
      slug,
      name: speaker.name,
      kind: toDbSpeakerKind(speaker.kind),
      role: speaker.role,
      gender: speaker.gender,
    },
    select: { id: true },
  });
  await addAliases(tx, slug, [speaker.name, ...speaker.aliases]);
  return slug;
}

async function addAliases(tx: Tx, speakerId: string, aliases: string[]): Promise<void> {
  const unique = [...new Set(aliases.map((alias) => alias.trim()).filter(Boolean))];
  await tx.speakerAlias.createMany({
    data: unique.map((alias) => ({ speakerId, alias, normalized: normalizeName(alias) })),
    skipDuplicates: true,
  });
}

/** Two different people can share a name; the second gets "-2", and so on. */
async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx.speaker.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  const takenSlugs = new Set(taken.map((row) => row.slug));
  if (!takenSlugs.has(base)) return base;
  let suffix = 2;
  while (takenSlugs.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
