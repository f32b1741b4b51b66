// Meeting search, cached per what the reader may see (ADR 23): the hits for
// some words depend only on the meeting statuses visible to the reader, so
// one entry serves every reader of the same audience until a meetings write
// invalidates MEETINGS_TAG.
import { cacheLife, cacheTag } from "next/cache";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { MEETINGS_TAG } from "@/lib/cache/tags";
import type { MeetingStatus } from "@/lib/db/enums";
import { searchMeetingsOfStatuses, type SearchHit } from "./data";

async function cachedSearch(statuses: readonly MeetingStatus[], q: string): Promise<SearchHit[]> {
  "use cache";
  cacheTag(MEETINGS_TAG);
  cacheLife("minutes");
  return searchMeetingsOfStatuses(statuses, q);
}

/** searchMeetings (lib/search/data.ts) from the cache: the same hits, best first. */
export async function searchMeetingsCached(actor: Actor | null, q: string): Promise<SearchHit[]> {
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return [];
  return cachedSearch(statuses, q);
}
