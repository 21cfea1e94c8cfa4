import { z } from "zod";
import { pagingSchema } from "./paging";
import { searchTextSchema } from "./search-text";

export const speakerListSchema = z.object({ q: searchTextSchema, ...pagingSchema(50) });

export type SpeakerListQuery = z.infer<typeof speakerListSchema>;
