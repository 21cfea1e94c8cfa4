import { z } from "zod";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();
const precision = z.enum(["day", "week", "month", "year", "unknown"]);

/** The export format the README documents; tests hold the exporter to it. */
export const exportSchema = z.object({
  format: z.literal("saidwhat-export/1"),
  articles: z.array(
    z.object({
      id: z.string(),
      sourceFile: z.string().regex(/^[^/]+$/),
      title: z.string().min(1),
      outlet: z.string().nullable(),
      url: z.string().nullable(),
      publishedAt: isoDay,
      publishedPrecision: precision,
      contentHash: z.string(),
      summary: z.string(),
      summarySentences: z.array(z.object({ text: z.string(), quoteIds: z.array(z.string()) })),
    }),
  ),
  speakers: z.array(
    z.object({
      id: z.string(),
      name: z.string().min(1),
      aliases: z.array(z.string()),
      role: z.string().nullable(),
      kind: z.enum(["person", "organization"]),
    }),
  ),
  quotes: z.array(
    z.object({
      id: z.string(),
      articleId: z.string(),
      speakerId: z.string().nullable(),
      kind: z.enum(["direct", "indirect", "mixed"]),
      text: z.string().min(1),
      startOffset: z.number().int().nonnegative(),
      endOffset: z.number().int().positive(),
      statedOn: isoDay,
      statedPrecision: precision,
      statedPhrase: z.string().nullable(),
      cue: z.string().nullable(),
      mention: z.string().nullable(),
      speakerRole: z.string().nullable(),
      confidence: z.number().min(0).max(1),
      rule: z.string(),
      claimIds: z.array(z.string()),
      topicIds: z.array(z.string()),
    }),
  ),
  claims: z.array(z.object({ id: z.string(), text: z.string().min(1), isNegated: z.boolean() })),
  topics: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), aliases: z.array(z.string()) })),
});
