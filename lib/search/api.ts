// Meeting search as the JSON API describes it: the hits of ./data.ts with
// their snippet as plain text and as marked segments.
import { z } from "zod";
import { apiOperations, jsonId, jsonInstant } from "@/lib/http/openapi/operation";
import type { SearchHit } from "./data";
import { SEARCH_HIT_KINDS } from "./rules";
import { searchQuerySchema } from "./schema";

export const searchResultSchema = z.object({
  query: z.string().meta({ description: "The words searched for, trimmed" }),
  hits: z.array(
    z.object({
      kind: z.enum(SEARCH_HIT_KINDS),
      meetingId: jsonId,
      meetingTitle: z.string(),
      meetingStartsAt: jsonInstant,
      title: z
        .string()
        .nullable()
        .meta({ description: "The agenda item's, action item's or library's name; null for decisions and meetings" }),
      href: z.string().meta({ description: "Meeting page path with the item's anchor" }),
      snippet: z.string().meta({ description: "Plain text" }),
      highlights: z
        .array(z.object({ text: z.string(), mark: z.boolean() }))
        .meta({ description: "The snippet in segments; mark: a match" }),
    }),
  ),
});

export type SearchResultJson = z.output<typeof searchResultSchema>;

export function searchResultJson(query: string, hits: readonly SearchHit[]): SearchResultJson {
  return {
    query,
    hits: hits.map((hit) => ({
      ...hit,
      meetingStartsAt: hit.meetingStartsAt.toISOString(),
      snippet: hit.snippet.map((s) => s.text).join(""),
      highlights: hit.snippet,
    })),
  };
}

export const searchOperations = apiOperations([
  {
    operationId: "searchMeetings",
    method: "get",
    path: "/api/search",
    tag: "search",
    summary: "Finnish full-text search across the steering-group meetings the caller may see",
    description:
      "Stemmed search (PostgreSQL 'finnish') over agenda items, minutes, news rounds, decisions and action items. Signed out gets 200 with empty hits, not 401: public content may become searchable later.",
    session: "optional",
    query: searchQuerySchema,
    responses: { 200: { description: "Hits best first", schema: searchResultSchema } },
    errors: { 422: "q missing, shorter than 2 or longer than 200 characters" },
  },
]);
