// Input of meeting search: the words typed into the search box.
import { z } from "zod";

export const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(2, { error: "search.error.tooShort" })
    .max(200, { error: "search.error.tooLong" })
    .meta({ description: "Search words (web search syntax: quotes, or, -word)" }),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;
