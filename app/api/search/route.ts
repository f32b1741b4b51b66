import { getActor } from "@/lib/auth/session";
import { json, route } from "@/lib/http/respond";
import { searchResultJson } from "@/lib/search/api";
import { searchMeetingsCached } from "@/lib/search/cached";
import { searchQuerySchema } from "@/lib/search/schema";

/**
 * GET ?q → meeting content the caller may see, best first. Signed out gets
 * empty hits rather than 401: public content may become searchable later.
 */
export const GET = route(async (request) => {
  const { q } = searchQuerySchema.parse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  const actor = await getActor();
  const hits = await searchMeetingsCached(actor, q);
  return json(searchResultJson(q, hits), { headers: { "Cache-Control": "no-store" } });
});
