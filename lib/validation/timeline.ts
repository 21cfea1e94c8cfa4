import { z } from "zod";
import { identifierSchema } from "./route-params";

export const timelineSchema = z.object({
  topic: identifierSchema.optional(),
  speaker: identifierSchema.optional(),
});

export type TimelineQuery = z.infer<typeof timelineSchema>;
