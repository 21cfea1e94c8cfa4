import { z } from "zod";
import { pagingSchema } from "./paging";

export const articleListSchema = z.object({ ...pagingSchema(50) });

export type ArticleListQuery = z.infer<typeof articleListSchema>;
