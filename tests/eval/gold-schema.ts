import { z } from "zod";

/**
 * Gold annotations: what a careful human reader says each article contains.
 * Written by hand, never generated from pipeline output.
 *
 * Conventions the JSON files follow (the scorer relies on the first two):
 * - `text` is an exact substring of the article body. Direct quotes are the
 *   words inside the marks without the marks (a trailing comma before the
 *   closing mark is left out); reported speech is the content clause.
 * - `statedOn` is the date the article ties the statement to, through a time
 *   phrase or the dated event it belongs to; never defaulted to the
 *   publication date. Coarse anchors keep their precision: "2019" (in 2019),
 *   "2024-03" (in March 2024), "2024-W07" (last week, ISO week).
 */

const statedOnPattern = /^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?$/;

export const goldQuoteSchema = z
  .object({
    kind: z.enum(["direct", "indirect", "mixed"]),
    text: z.string().min(1),
    speaker: z.string().min(1).nullable(),
    statedOn: z.string().regex(statedOnPattern).nullable(),
    /** 0-based, only when the same text occurs more than once in the body. */
    occurrence: z.number().int().nonnegative().optional(),
  })
  .strict();

export const goldSpeakerSchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(["person", "organization"]),
    role: z.string().min(1).nullable(),
    /** Other names the article uses for the same speaker (Zajárova for
     * Zakharova, "the bank" for the Bank of Canada). */
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const goldArticleSchema = z
  .object({
    title: z.string().min(1).nullable(),
    publishedAt: z.iso.date().nullable(),
    quotes: z.array(goldQuoteSchema),
    speakers: z.array(goldSpeakerSchema),
    notSpeakers: z.array(z.string().min(1)),
    /** Groups of quote texts that assert the same proposition. */
    sameClaim: z.array(z.array(z.string().min(1)).min(2)),
  })
  .strict()
  .superRefine((gold, context) => {
    const speakerNames = new Set(gold.speakers.map((speaker) => speaker.name));
    const quoteTexts = new Set(gold.quotes.map((quote) => quote.text));
    const usedSpeakers = new Set(gold.quotes.map((quote) => quote.speaker));
    gold.quotes.forEach((quote, index) => {
      if (quote.speaker !== null && !speakerNames.has(quote.speaker)) {
        context.addIssue({
          code: "custom",
          path: ["quotes", index, "speaker"],
          message: `"${quote.speaker}" is not in speakers`,
        });
      }
    });
    gold.speakers.forEach((speaker, index) => {
      if (!usedSpeakers.has(speaker.name)) {
        context.addIssue({
          code: "custom",
          path: ["speakers", index],
          message: `speaker "${speaker.name}" has no quote`,
        });
      }
      if (gold.notSpeakers.includes(speaker.name)) {
        context.addIssue({
          code: "custom",
          path: ["speakers", index],
          message: `"${speaker.name}" is also in notSpeakers`,
        });
      }
    });
    gold.sameClaim.forEach((group, groupIndex) =>
      group.forEach((text, textIndex) => {
        if (!quoteTexts.has(text)) {
          context.addIssue({
            code: "custom",
            path: ["sameClaim", groupIndex, textIndex],
            message: `not a quote text: "${text}"`,
          });
        }
      }),
    );
  });

const fileReferenceSchema = z.object({ file: z.string().min(1), text: z.string().min(1) }).strict();

/** `_cross-article-claims.json`: groups of quotes, in different articles,
 * that assert the same proposition. `file` is the article's file name. */
export const crossArticleClaimsSchema = z.array(z.array(fileReferenceSchema).min(2));

/** `_cross-article-people.json`: groups of speaker or notSpeaker names, in
 * different articles, that denote the same person (Sergei / Sergey Lavrov). */
export const crossArticlePeopleSchema = z.array(
  z.array(z.object({ file: z.string().min(1), name: z.string().min(1) }).strict()).min(2),
);

export type GoldQuote = z.output<typeof goldQuoteSchema>;
export type GoldSpeaker = z.output<typeof goldSpeakerSchema>;
export type GoldArticle = z.output<typeof goldArticleSchema>;
export type CrossArticleClaims = z.output<typeof crossArticleClaimsSchema>;
export type CrossArticlePeople = z.output<typeof crossArticlePeopleSchema>;
