import { z } from "zod";
import { pagingSchema } from "./paging";
import { STATEMENT_SORTS, statementFilterShape } from "./statement-filters";

/** /speakers/[slug]: the speaker comes from the path; the rest from the URL. */
export const speakerProfileSchema = z
  .object(statementFilterShape)
  .omit({ speaker: true })
  .extend({
    group: z.enum(["claim", "article"]).default("claim"),
    sort: z.enum(STATEMENT_SORTS).optional(),
    ...pagingSchema(50),
  });

export type SpeakerProfileQuery = z.infer<typeof speakerProfileSchema>;
