import { getActor } from "@/lib/auth/session";
import { unauthenticated } from "@/lib/http/errors";
import { json, route } from "@/lib/http/respond";
import { meetingListJson, parseMeetingListQuery } from "@/lib/meetings/api";
import { listMeetingsForApi } from "@/lib/meetings/data";

/**
 * GET ?year&status → the meetings the caller may see, oldest first. Signed out
 * is 401; a signed-in user who may see none gets an empty list.
 */
export const GET = route(async (request) => {
  const actor = await getActor();
  if (!actor) throw unauthenticated("Sign in first.");
  const query = parseMeetingListQuery(new URL(request.url).searchParams);
  const found = await listMeetingsForApi(actor, query);
  return json(meetingListJson(found), { headers: { "Cache-Control": "private, no-store" } });
});
